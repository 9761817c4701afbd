package nl.aanwezig.admin;

import java.util.ArrayList;
import java.util.List;
import nl.aanwezig.base.UserFacingException.Message;

/** Collects every problem of a form before anything is saved, so the user hears all of them at once. */
final class Problems {

    private final List<AdminProblem.FieldMessage> list = new ArrayList<>();

    Problems add(String field, String key, Object... args) {
        list.add(new AdminProblem.FieldMessage(field, new Message(key, args)));
        return this;
    }

    boolean isEmpty() {
        return list.isEmpty();
    }

    List<AdminProblem.FieldMessage> list() {
        return List.copyOf(list);
    }

    void throwIfAny() {
        if (!list.isEmpty()) {
            throw new AdminProblem(AdminProblem.Kind.INVALID, list);
        }
    }

    /** The value without surrounding spaces; {@code null} when it is empty. */
    static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /**
     * A required text of at most {@code max} characters without control characters, cleaned; a problem when it is
     * missing, too long or holds one (a NUL the database refuses outright, a line break that breaks the CSV export).
     */
    String required(String field, String value, int max) {
        String clean = clean(value);
        if (clean == null) {
            add(field, "admin.error.required");
        } else {
            checkText(field, clean, max);
        }
        return clean;
    }

    /** An optional text of at most {@code max} characters without control characters, cleaned. */
    String optional(String field, String value, int max) {
        String clean = clean(value);
        if (clean != null) {
            checkText(field, clean, max);
        }
        return clean;
    }

    private void checkText(String field, String clean, int max) {
        if (clean.length() > max) {
            add(field, "admin.error.tooLong", max);
        } else if (clean.chars().anyMatch(Character::isISOControl)) {
            add(field, "admin.error.controlCharacter");
        }
    }
}
