package nl.aanwezig.admin.ui;

import com.vaadin.flow.component.HasValidation;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import nl.aanwezig.admin.AdminProblem;
import nl.aanwezig.base.Messages;
import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.base.ui.Notifications;

/**
 * Shows a refused save on the form: each field the problem names is marked invalid with its Dutch message, and a
 * notification says what else went wrong (or to look at the marked fields).
 */
final class FieldErrors implements Serializable {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    FieldErrors bind(String field, HasValidation component) {
        fields.put(field, component);
        return this;
    }

    void clear() {
        fields.values().forEach(f -> {
            f.setInvalid(false);
            f.setErrorMessage(null);
        });
    }

    /** Marks the fields of the problem; the messages without a field of this form go into a notification. */
    void show(UserFacingException e) {
        clear();
        if (!(e instanceof AdminProblem problem)) {
            Notifications.error(e);
            return;
        }
        Map<String, String> byField = problem.fields().stream().filter(f -> fields.containsKey(f.field()))
                .collect(Collectors.groupingBy(AdminProblem.FieldMessage::field, LinkedHashMap::new,
                        Collectors.mapping(f -> Messages.text(f.message()), Collectors.joining(" "))));
        byField.forEach((field, text) -> {
            fields.get(field).setErrorMessage(text);
            fields.get(field).setInvalid(true);
        });
        String rest = problem.fields().stream().filter(f -> !fields.containsKey(f.field()))
                .map(f -> Messages.text(f.message())).collect(Collectors.joining(" "));
        Notifications.error(rest.isEmpty() ? Messages.nl("admin.ui.checkFields") : rest);
    }
}
