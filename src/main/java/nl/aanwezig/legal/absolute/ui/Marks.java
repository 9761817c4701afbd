package nl.aanwezig.legal.absolute.ui;

import com.vaadin.flow.component.HasValidation;
import java.util.List;
import java.util.Map;
import nl.aanwezig.base.Messages;
import nl.aanwezig.base.UserFacingException.Message;

/** Marks the fields a form's messages name ({@code absolute.error.<field>.<rule>}) invalid, with the Dutch text. */
final class Marks {

    private Marks() {
    }

    static void mark(Map<String, ? extends HasValidation> fields, List<Message> errors) {
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
