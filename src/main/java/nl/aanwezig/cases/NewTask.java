package nl.aanwezig.cases;

import java.time.Instant;

/** A human task the process created, as the workflow module hands it over. */
public record NewTask(long caseId, String elementId, String form, String titleKey, String candidateGroup,
                      String assignee, long jobKey, Instant dueAt) {
}
