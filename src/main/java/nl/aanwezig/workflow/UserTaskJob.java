package nl.aanwezig.workflow;

import java.time.Instant;
import java.util.Map;

/**
 * A human task the engine created (a job-based user task), as the inbox of the module that owns its process gets it:
 * {@code form} and {@code titleKey} from the task's headers, {@code context} the route variables its form shows
 * (JSON, may be null), frozen with the task; {@code decisions} what its form may decide (the "decisions" header,
 * comma-separated; null when the step has nothing to decide but "done").
 */
public record UserTaskJob(long routeId, String processId, String elementId, String form, String titleKey,
                          String candidateGroup, String assignee, long jobKey, Instant dueAt, String context,
                          String decisions, Map<String, Object> variables) {

    public long longVariable(String name) {
        return ((Number) variables.get(name)).longValue();
    }
}
