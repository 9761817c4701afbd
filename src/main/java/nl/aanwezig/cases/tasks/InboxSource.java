package nl.aanwezig.cases.tasks;

import java.util.List;
import nl.aanwezig.security.CurrentUser;

/**
 * Tasks of another module's routes that do not belong to a case (an exemption's reviews): the inbox shows them beside
 * the case tasks. Implemented by that module, so this module does not depend on it.
 */
public interface InboxSource {

    /**
     * Not a model's form: the row that points a participant to a prepared chain review to read before the meeting; its
     * task column carries the review's id. Kept here, beside the inbox, since no model (and so no catalogue) names it.
     */
    String FORM_CHAIN_REVIEW_READ = "chain-review-read";

    /** The user's open tasks, as the inbox shows them ({@code caseId} 0 when the task has no case). */
    List<TaskItem> openTasks(CurrentUser user);
}
