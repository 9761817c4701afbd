package nl.aanwezig.base;

import java.util.List;

/**
 * A business failure the user can act on. Carries message keys of the bundle, not text, so each
 * screen shows it in the user's language. Its {@link Kind} says how the API answers it (one handler for all:
 * {@code base.api.ApiProblems}); a screen shows the messages and ignores the kind.
 */
public class UserFacingException extends RuntimeException {

    /** What was wrong with the request, as the API answers it. */
    public enum Kind {
        /** A value that is not valid (422). The default. */
        INVALID,
        /** A parameter the request cannot be read with (400). */
        BAD_REQUEST,
        /** Does not fit what is stored (409). */
        CONFLICT,
        /** Unknown, or not for this user: the same answer on purpose (404). */
        NOT_FOUND,
        /** An upload over its size limit (413). */
        TOO_LARGE,
        /** An upload too slow or too long (408). */
        TOO_SLOW
    }

    private final Kind kind;
    private final List<Message> messages;

    public UserFacingException(String key, Object... args) {
        this(List.of(new Message(key, args)));
    }

    public UserFacingException(List<Message> messages) {
        this(Kind.INVALID, messages);
    }

    public UserFacingException(Kind kind, String key, Object... args) {
        this(kind, List.of(new Message(key, args)));
    }

    public UserFacingException(Kind kind, List<Message> messages) {
        super(messages.isEmpty() ? "" : messages.get(0).key());
        this.kind = kind;
        this.messages = List.copyOf(messages);
    }

    public Kind kind() {
        return kind;
    }

    public List<Message> messages() {
        return messages;
    }

    /** Each message with the form field or JSON property it concerns ({@code null}: the whole request). */
    public List<Problem> problems() {
        return messages.stream().map(m -> new Problem(null, m)).toList();
    }

    /** A message key with its arguments. */
    public record Message(String key, Object... args) {
    }

    /** One message about one field (or about the whole when {@code field} is {@code null}). */
    public record Problem(String field, Message message) {
    }
}
