package nl.aanwezig.review.ui;

import com.vaadin.flow.component.HasValidation;
import java.util.List;
import java.util.Map;
import nl.aanwezig.base.Messages;
import nl.aanwezig.base.UserFacingException.Message;

/** Marks the fields a form's messages name ({@code meeting.error.<field>.<rule>}) invalid, with the Dutch text. */
final class FieldErrors {

    private FieldErrors() {
    }

    static void mark(Map<String, ? extends HasValidation> fields, List<Message> errors) {
        mark(fields, errors, 2);
    }

    /** As {@link #mark(Map, List)}, the field named by the key's part {@code fieldPart} (0-based). */
    static void mark(Map<String, ? extends HasValidation> fields, List<Message> errors, int fieldPart) {
        fields.values().forEach(f -> f.setInvalid(false));
        for (Message m : errors) {
            String[] parts = m.key().split("\\.");
            HasValidation field = parts.length > fieldPart ? fields.get(parts[fieldPart]) : null;
            if (field != null && !field.isInvalid()) {
                field.setErrorMessage(Messages.text(m));
                field.setInvalid(true);
            }
        }
    }
}
