package nl.aanwezig.cases.sharing.ui;

import com.vaadin.flow.component.HasValidation;
import java.util.List;
import java.util.Map;
import nl.aanwezig.base.Messages;
import nl.aanwezig.base.UserFacingException.Message;

/** Marks the fields named by {@code sharing.error.<field>.<rule>} messages invalid, with the Dutch message. */
final class FieldErrors {

    private FieldErrors() {
    }

    static void mark(Map<String, ? extends HasValidation> fields, List<Message> errors) {
        fields.values().forEach(f -> f.setInvalid(false));
        for (Message m : errors) {
            String[] parts = m.key().split("\\.");
            HasValidation field = parts.length > 3 ? fields.get(parts[2]) : null;
            if (field != null) {
                field.setErrorMessage(Messages.text(m));
                field.setInvalid(true);
            }
        }
    }
}
