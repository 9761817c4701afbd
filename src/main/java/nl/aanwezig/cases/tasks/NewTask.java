package nl.aanwezig.cases.tasks;

import java.time.Instant;

/**
 * A human task a route created, as the workflow module hands it over; {@code routeId} names the route,
 * {@code processId} its BPMN process; {@code context} the route's variables its form shows (JSON, may be null); {@code decisions} what its form may decide
 * as the model says (comma-separated, may be null).
 */
public record NewTask(long caseId, long routeId, String processId, String elementId, String form, String titleKey,
                      String candidateGroup, String assignee, long jobKey, Instant dueAt, String context,
                      String decisions) {
}
