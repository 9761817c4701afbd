package nl.aanwezig.admin;

import java.util.List;
import nl.aanwezig.base.UserFacingException;

/**
 * Why an administrative change was refused, per field: a screen marks those fields invalid, the API answers
 * 422 (invalid), 409 (conflicts with what is stored) or 404 (unknown school or account). Nothing was saved.
 */
public class AdminProblem extends UserFacingException {

    /**
     * One problem.
     *
     * @param field the form field or JSON property it concerns, e.g. {@code brin}; {@code null} for the whole
     */
    public record FieldMessage(String field, Message message) {
    }

    private final List<FieldMessage> fields;

    AdminProblem(Kind kind, List<FieldMessage> fields) {
        super(kind, fields.stream().map(FieldMessage::message).toList());
        this.fields = List.copyOf(fields);
    }

    static AdminProblem conflict(String field, String key, Object... args) {
        return new AdminProblem(Kind.CONFLICT, List.of(new FieldMessage(field, new Message(key, args))));
    }

    static AdminProblem notFound(String key, Object... args) {
        return new AdminProblem(Kind.NOT_FOUND, List.of(new FieldMessage(null, new Message(key, args))));
    }

    public List<FieldMessage> fields() {
        return fields;
    }

    @Override
    public List<Problem> problems() {
        return fields.stream().map(f -> new Problem(f.field(), f.message())).toList();
    }
}
