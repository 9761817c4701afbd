package nl.aanwezig.cases.ui;

import com.vaadin.flow.component.HasValidation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.aanwezig.base.Messages;
import nl.aanwezig.base.UserFacingException.Message;

/**
 * The fields of a tier-3 form by the name the services' error keys use ({@code tier3.error.<field>.<what>}): marks
 * the field a message names invalid with its Dutch text, and clears the marks of the last attempt.
 */
final class Tier3Fields {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    Tier3Fields put(String name, HasValidation field) {
        fields.put(name, field);
        return this;
    }

    /** The field name of an error key, or null when the key names none. */
    static String fieldOf(String key) {
        String[] parts = key.split("\\.");
        return parts.length > 3 && "error".equals(parts[1]) ? parts[2] : null;
    }

    /** Clears all marks, marks the fields the messages name; returns the messages that name no field of this form. */
    List<Message> mark(List<Message> messages) {
        fields.values().forEach(f -> f.setInvalid(false));
        List<Message> unplaced = new ArrayList<>();
        for (Message m : messages) {
            HasValidation field = fields.get(fieldOf(m.key()) == null ? "" : fieldOf(m.key()));
            if (field == null) {
                unplaced.add(m);
            } else if (!field.isInvalid()) {
                field.setErrorMessage(Messages.text(m));
                field.setInvalid(true);
            }
        }
        return unplaced;
    }

    HasValidation get(String name) {
        return fields.get(name);
    }
}
