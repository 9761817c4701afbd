package nl.aanwezig.workflow;

import io.camunda.client.api.response.ActivatedJob;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import nl.aanwezig.base.TimeConfig;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * Puts the engine's human tasks (job-based user tasks) in the app's own inbox, one task per job: the inbox is a
 * projection of the engine's open jobs, keyed by the job's key. A job is activated for a short claim
 * ({@code aanwezig.engine.task-claim-timeout}); only once its task is committed is the job kept for weeks
 * ({@link WorkflowStartup#USER_TASK_TIMEOUT}). So a node that dies between activation and commit loses nothing: the
 * claim runs out and the job comes back to any node. A redelivered job finds its task.
 */
@Component
class UserTaskWorker {

    static final String JOB_TYPE = "io.camunda.zeebe:userTask";
    private static final String ASSIGNEE = "io.camunda.zeebe:assignee";
    private static final String GROUPS = "io.camunda.zeebe:candidateGroups";

    private final List<TaskInbox> inboxes;
    private final RouteClaims claims;
    private final TaskLiveness liveness;

    UserTaskWorker(List<TaskInbox> inboxes, RouteClaims claims, TaskLiveness liveness) {
        this.liveness = liveness;
        this.inboxes = inboxes;
        this.claims = claims;
    }

    /**
     * Writes the job's task, then keeps the job (the task is committed by then): it stays activated with us for weeks,
     * and the liveness probe renews that. If the engine cannot be told now, the claim runs out and the redelivered job
     * finds its task and tries again.
     */
    void handle(ActivatedJob job) {
        if (record(job)) {
            liveness.keep(job.getKey());
        }
    }

    /** Writes the job's task in its own transaction; false for a job that is not the route's (withdrawn instead). */
    private boolean record(ActivatedJob job) {
        if (!claims.jobBelongsToRoute(job)) {
            return false;
        }
        Map<String, String> headers = job.getCustomHeaders();
        Map<String, Object> vars = job.getVariablesAsMap();
        UserTaskJob task = new UserTaskJob(((Number) vars.get(RouteLedger.ROUTE_ID)).longValue(),
                job.getBpmnProcessId(), job.getElementId(), headers.getOrDefault("form", "none"),
                headers.getOrDefault("titleKey", "task.unknown"), firstGroup(headers.get(GROUPS)),
                headers.get(ASSIGNEE), job.getKey(), due(vars.get(headers.get("dueVariable"))),
                context(headers.get("contextVariables"), vars), headers.get("decisions"), vars);
        TaskInbox inbox = inboxFor(job.getBpmnProcessId());
        try {
            inbox.created(task);
        } catch (DataIntegrityViolationException concurrentDelivery) {
            // the same job delivered twice at once: the other delivery wrote the task
            inbox.created(task);
        }
        return true;
    }

    private TaskInbox inboxFor(String processId) {
        // exactly one: two inboxes keeping one process would each write (or misread) its tasks
        List<TaskInbox> keeping = inboxes.stream().filter(i -> i.keeps(processId)).toList();
        if (keeping.size() != 1) {
            throw new IllegalStateException(keeping.size() + " inboxes keep the tasks of process " + processId);
        }
        return keeping.getFirst();
    }

    /** The variables the task's header names, for its form: what the route decided on, frozen with the task. */
    static String context(String names, Map<String, Object> vars) {
        if (names == null || names.isBlank()) {
            return null;
        }
        Map<String, Object> picked = new java.util.LinkedHashMap<>();
        for (String name : names.split(",")) {
            picked.put(name.strip(), vars.get(name.strip()));
        }
        return Variables.toJson(picked);
    }

    /** Candidate groups arrive as a JSON array; the route offers each task to one role. */
    static String firstGroup(String json) {
        if (json == null || json.isBlank()) {
            return null;
        }
        String inner = json.replaceAll("[\\[\\]\"\\s]", "");
        return inner.isEmpty() ? null : inner.split(",")[0];
    }

    static Instant due(Object value) {
        if (!(value instanceof String s) || s.isBlank()) {
            return null;
        }
        if (s.length() == 10) {
            // a date: due at the end of that school day
            return LocalDate.parse(s).atTime(17, 0).atZone(TimeConfig.SCHOOL_ZONE).toInstant();
        }
        return OffsetDateTime.parse(s).toInstant();
    }
}
