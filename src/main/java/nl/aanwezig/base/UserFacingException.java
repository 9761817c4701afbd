package nl.aanwezig.base;

import java.util.List;

/**
 * A business failure the user can act on. Carries message keys of the bundle, not text, so each
 * screen shows it in the user's language.
 */
public class UserFacingException extends RuntimeException {

    private final List<Message> messages;

    public UserFacingException(String key, Object... args) {
        this(List.of(new Message(key, args)));
    }

    public UserFacingException(List<Message> messages) {
        super(messages.isEmpty() ? "" : messages.get(0).key());
        this.messages = List.copyOf(messages);
    }

    public List<Message> messages() {
        return messages;
    }

    /** A message key with its arguments. */
    public record Message(String key, Object... args) {
    }
}
