package nl.aanwezig.base.ui;

import com.vaadin.flow.component.HasValidation;
import java.util.List;
import java.util.Map;
import nl.aanwezig.base.Messages;
import nl.aanwezig.base.UserFacingException.Message;

/**
 * Marks the fields a form's messages name invalid, with the Dutch text: a message key {@code <area>.error.<field>.<rule>}
 * names the field by its third part.
 */
public final class FieldMarks {

    private FieldMarks() {
    }

    public static void mark(Map<String, ? extends HasValidation> fields, List<Message> errors) {
        fields.values().forEach(f -> f.setInvalid(false));
        for (Message m : errors) {
            String[] parts = m.key().split("\\.");
            HasValidation field = parts.length > 2 ? fields.get(parts[2]) : null;
            if (field != null && !field.isInvalid()) {
                field.setErrorMessage(Messages.text(m));
                field.setInvalid(true);
            }
        }
    }
}
