package nl.aanwezig.legal.exemption;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.aanwezig.workflow.ExemptionProcess;
import nl.aanwezig.workflow.RouteLedger;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * An exemption's route (bpmn/vrijstelling.bpmn) starts with its notice, in the registering transaction, and its
 * tasks' jobs complete with their forms. The route has no case: an exemption outlives cases and needs none.
 */
@Component
class ExemptionRoutes {

    private final RouteLedger routes;

    ExemptionRoutes(RouteLedger routes) {
        this.routes = routes;
    }

    @EventListener
    void on(ExemptionNoticeRegistered registered) {
        Map<String, Object> vars = new LinkedHashMap<>();
        vars.put("exemptionId", registered.exemptionId());
        vars.put("pupilId", registered.pupilId());
        vars.put("schoolId", registered.schoolId());
        vars.put("leerplicht", registered.leerplicht());
        vars.put("statementNeeded", registered.statementWriter() != null);
        if (registered.statementWriter() != null) {
            vars.put("statementWriter", registered.statementWriter());
        }
        routes.startOnce(null, ExemptionProcess.ID, ExemptionProcess.routeKey(registered.exemptionId()), vars);
    }

    /**
     * A decision corrected (the {@code correction}-th time): the route of the earlier decision stops; a decision
     * corrected to "verleend" starts a route that goes straight to the period (its reviews, renewal and end).
     */
    void corrected(Exemption e, Decision d, int correction) {
        routes.cancel(ExemptionProcess.routeKey(e.id(), correction - 1));
        if (!d.isGranted()) {
            return;
        }
        Map<String, Object> vars = new LinkedHashMap<>(ExemptionSteps.routeVariables(d));
        vars.put("exemptionId", e.id());
        vars.put("pupilId", e.pupilId());
        vars.put("schoolId", e.schoolId());
        vars.put("leerplicht", e.leerplicht());
        vars.put(ExemptionProcess.VAR_CORRECTED, true);
        routes.startOnce(null, ExemptionProcess.ID, ExemptionProcess.routeKey(e.id(), correction), vars);
    }

    @EventListener
    void on(ExemptionTaskDone done) {
        routes.completeJob(done.routeId(), done.jobKey(), done.variables());
    }
}
