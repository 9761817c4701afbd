package nl.aanwezig.cases.tasks;

import java.util.List;
import nl.aanwezig.security.CurrentUser;

/**
 * Tasks of another module's routes that do not belong to a case (an exemption's reviews): the inbox shows them beside
 * the case tasks. Implemented by that module, so this module does not depend on it.
 */
public interface InboxSource {

    /** The user's open tasks, as the inbox shows them ({@code caseId} 0 when the task has no case). */
    List<TaskItem> openTasks(CurrentUser user);
}
