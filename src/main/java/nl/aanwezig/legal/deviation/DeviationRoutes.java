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
        routes.startOnce(approved.caseId(), DeviationProcess.ID, DeviationApproved.routeKey(approved.deviationId()),
                Map.of("caseId", approved.caseId(), "pupilId", approved.pupilId(), "schoolId", approved.schoolId(),
                        "deviationId", approved.deviationId(), "remindOn", approved.remindOn().toString(),
                        "validTo", approved.validTo().toString()));
    }

    /** Withdrawn or ended early: nothing left to evaluate. */
    @EventListener
    void on(DeviationStopped stopped) {
        routes.cancel(DeviationApproved.routeKey(stopped.deviationId()));
    }
}
