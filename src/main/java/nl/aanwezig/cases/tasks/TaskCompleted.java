package nl.aanwezig.cases.tasks;

import java.util.Map;

/**
 * A user completed a task. Published inside the saving transaction: cases.route completes the
 * engine's job synchronously, so when that fails nothing of the form is saved either.
 */
public record TaskCompleted(long taskId, long caseId, long routeId, long jobKey, Map<String, Object> variables) {
}
