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

    @EventListener
    void on(ExemptionTaskDone done) {
        routes.completeJob(done.routeId(), done.jobKey(), done.variables());
    }
}
