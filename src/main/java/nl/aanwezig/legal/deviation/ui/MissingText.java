package nl.aanwezig.legal.deviation.ui;

import java.util.List;
import nl.aanwezig.base.Messages;
import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.base.UserFacingException.Message;

/**
 * What a category D request still lacks, in one Dutch sentence ("Nog nodig: A, B en C."), instead of the items'
 * texts run together.
 */
final class MissingText {

    private static final String MISSING = "deviation.missing.";

    private MissingText() {
    }

    /** The items as a Dutch list: "A", "A en B", "A, B en C". */
    static String list(List<String> keys) {
        List<String> texts = keys.stream().map(Messages::nl).toList();
        if (texts.size() <= 1) {
            return String.join("", texts);
        }
        return String.join(", ", texts.subList(0, texts.size() - 1)) + " " + Messages.nl("deviation.list.and") + " "
                + texts.get(texts.size() - 1);
    }

    /** The refusal's text: a sentence naming what is missing, or the refusal's own messages. */
    static String refusal(UserFacingException e) {
        List<Message> messages = e.messages();
        if (!messages.isEmpty() && messages.stream().allMatch(m -> m.key().startsWith(MISSING))) {
            return Messages.nl("deviation.error.incomplete", list(messages.stream().map(Message::key).toList()));
        }
        return String.join(" ", messages.stream().map(Messages::text).toList());
    }
}
