package nl.aanwezig.cases.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import nl.aanwezig.base.Messages;
import nl.aanwezig.cases.conversation.Conversation;

/** One logged conversation in full: when, who were there, what was discussed and agreed, the outcome, the follow-up. */
class ConversationCard extends Div {

    ConversationCard(Conversation c, BiFunction<String, Object[], String> t) {
        addClassName("conversation-card");
        add(new H4(tr(t, "fix.conversation.card.title", Messages.date(c.heldOn()), tr(t, "outcome." + c.outcome()))));
        add(line(t, "fix.conversation.card.participants", participants(c, t)));
        add(line(t, "fix.conversation.card.topics", c.topics().stream().map(x -> tr(t, "topic." + x)).sorted()
                .collect(Collectors.joining(", "))));
        add(line(t, "fix.conversation.card.agreements", c.agreements()));
        if (c.followUpDate() != null) {
            add(line(t, "fix.conversation.card.followUp", Messages.date(c.followUpDate())));
        }
    }

    static String participants(Conversation c, BiFunction<String, Object[], String> t) {
        List<String> who = new ArrayList<>();
        if (c.withPupil()) {
            who.add(tr(t, "conversation.withPupil"));
        }
        if (c.withParents()) {
            who.add(tr(t, "conversation.withParents"));
        }
        if (c.otherParticipants() != null) {
            who.add(c.otherParticipants());
        }
        return String.join(", ", who);
    }

    private static Paragraph line(BiFunction<String, Object[], String> t, String key, String value) {
        Paragraph p = new Paragraph(tr(t, key, value));
        // agreements keep the mentor's line breaks
        p.getStyle().set("white-space", "pre-line");
        return p;
    }

    private static String tr(BiFunction<String, Object[], String> t, String key, Object... args) {
        return t.apply(key, args);
    }
}
