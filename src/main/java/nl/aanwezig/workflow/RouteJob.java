package nl.aanwezig.workflow;

import io.camunda.client.api.response.ActivatedJob;
import java.util.Map;

/** A job of a route's service step, as a module's step sees it: no Camunda types outside this module. */
public record RouteJob(long key, String processId, String elementId, Map<String, String> headers,
                       Map<String, Object> variables) {

    static RouteJob of(ActivatedJob job) {
        return new RouteJob(job.getKey(), job.getBpmnProcessId(), job.getElementId(), job.getCustomHeaders(),
                job.getVariablesAsMap());
    }

    public long caseId() {
        return longVariable("caseId");
    }

    /** The route the job belongs to, or null for a model started outside the app (a modeller's try-out). */
    public Long routeId() {
        return variables.get(RouteLedger.ROUTE_ID) instanceof Number n ? n.longValue() : null;
    }

    public long longVariable(String name) {
        return ((Number) variables.get(name)).longValue();
    }

    public String header(String name) {
        return headers.get(name);
    }
}
