package nl.aanwezig.cases.tasks;

import java.time.Instant;

/**
 * A task as the inbox shows it.
 *
 * @param assigneeName the assignee's display name (null when the task is offered to a group)
 */
public record TaskItem(long taskId, long caseId, long pupilId, String pupilName, String leerling, String form,
                       String titleKey, String assignee, String candidateGroup, Instant createdAt, Instant dueAt,
                       boolean open, String schoolBrin, String processId, String elementId, String assigneeName) {
}
