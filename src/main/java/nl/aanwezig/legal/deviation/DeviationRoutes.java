package nl.aanwezig.legal.deviation;

import java.util.Map;
import nl.aanwezig.workflow.DeviationProcess;
import nl.aanwezig.workflow.RouteLedger;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** An approved deviation is evaluated before it expires: a route of the pupil's case, ended if the deviation stops. */
@Component
class DeviationRoutes {

    private final RouteLedger routes;

    DeviationRoutes(RouteLedger routes) {
        this.routes = routes;
    }

    @EventListener
    void on(DeviationApproved approved) {
        Map<String, Object> vars = RouteLedger.caseVariables(approved.caseId(), approved.pupilId(),
                approved.schoolId());
        vars.put("deviationId", approved.deviationId());
        vars.put("remindOn", approved.remindOn().toString());
        vars.put("validTo", approved.validTo().toString());
        routes.startOnce(approved.caseId(), DeviationProcess.ID, DeviationApproved.routeKey(approved.deviationId()),
                vars);
    }

    /** Withdrawn or ended early: nothing left to evaluate. */
    @EventListener
    void on(DeviationStopped stopped) {
        routes.cancel(DeviationApproved.routeKey(stopped.deviationId()));
    }
}
