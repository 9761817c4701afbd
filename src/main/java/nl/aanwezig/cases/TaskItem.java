package nl.aanwezig.cases;

import java.time.Instant;

/** A task as the inbox shows it. */
public record TaskItem(long taskId, long caseId, long pupilId, String pupilName, String leerling, String form,
                       String titleKey, String assignee, String candidateGroup, Instant createdAt, Instant dueAt,
                       boolean open, String schoolBrin, String processId, String elementId) {
}
