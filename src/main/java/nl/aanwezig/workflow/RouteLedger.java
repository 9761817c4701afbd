package nl.aanwezig.workflow;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The routes the app has started, for the modules that own them. Each change is written in the caller's transaction
 * together with the command that tells the engine (the outbox), so a route is never lost, never started twice, and
 * never blocks the caller while the engine is away. Which route follows which, and what happens inside one, the models
 * in {@code bpmn/} decide.
 */
@Component
public class RouteLedger {

    /** Carried by every route, so its jobs find their route. */
    public static final String ROUTE_ID = "routeId";

    private final WorkflowInstances instances;
    private final EngineOutbox outbox;
    private final Clock clock;

    RouteLedger(WorkflowInstances instances, EngineOutbox outbox, Clock clock) {
        this.instances = instances;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Starts the route with this key unless it was started before (a route key names one route for good); the case
     * id may be null for a route of no case (an exemption). Returns false when it existed.
     */
    public boolean startOnce(Long caseId, String processId, String routeKey, Map<String, Object> variables) {
        if (instances.existsByRouteKey(routeKey)) {
            return false;
        }
        WorkflowInstance wi = instances.save(new WorkflowInstance(caseId, processId, routeKey,
                Variables.toJson(variables), clock.instant()));
        outbox.startRoute(wi.id());
        return true;
    }

    /**
     * The variables every route of a case starts with, by the names its steps read ({@link RouteJob#caseId()}); a
     * mutable map, for the route's own variables beside them.
     */
    public static Map<String, Object> caseVariables(long caseId, long pupilId, long schoolId) {
        Map<String, Object> vars = new LinkedHashMap<>();
        vars.put("caseId", caseId);
        vars.put("pupilId", pupilId);
        vars.put("schoolId", schoolId);
        return vars;
    }

    public boolean exists(String routeKey) {
        return instances.existsByRouteKey(routeKey);
    }

    /** The routes of a case that were not cancelled (ended ones included: the engine, not the app, ends them). */
    public List<OpenRoute> openRoutesOf(long caseId) {
        return instances.findByCaseIdAndCancelledAtIsNull(caseId).stream()
                .map(wi -> new OpenRoute(wi.id(), wi.processId(), wi.routeKey())).toList();
    }

    /** Cancels the route with this key, if it runs. */
    public void cancel(String routeKey) {
        instances.findByRouteKey(routeKey).filter(wi -> wi.cancelledAt() == null)
                .ifPresent(wi -> outbox.cancelRoute(wi.id()));
    }

    public void cancel(OpenRoute route) {
        outbox.cancelRoute(route.id());
    }

    /** Changes variables of a running route, for its later steps (a new regievoerder). */
    public void setVariables(String routeKey, Map<String, Object> variables) {
        instances.findByRouteKey(routeKey).filter(wi -> wi.cancelledAt() == null)
                .ifPresent(wi -> outbox.setVariables(wi.id(), variables));
    }

    /** A user's task is done: its job completes with these variables once the caller's transaction commits. */
    public void completeJob(long routeId, long jobKey, Map<String, Object> variables) {
        outbox.completeJob(routeId, jobKey, variables);
    }
}
