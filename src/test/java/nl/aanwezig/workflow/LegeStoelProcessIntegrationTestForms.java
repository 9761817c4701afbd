package nl.aanwezig.workflow;

import java.time.LocalDate;
import java.util.EnumSet;
import nl.aanwezig.cases.conversation.ConversationForm;
import nl.aanwezig.cases.conversation.Outcome;
import nl.aanwezig.cases.conversation.Topic;

/** Conversation forms the route tests fill in. */
public final class LegeStoelProcessIntegrationTestForms {

    private LegeStoelProcessIntegrationTestForms() {
    }

    public static ConversationForm refer() {
        return new ConversationForm(LocalDate.now(), true, true, null, EnumSet.of(Topic.SOCIAL), "Doorverwijzen naar OC.",
                null, Outcome.REFER);
    }
}
