package nl.aanwezig.cases.sharing;

import java.util.Map;
import nl.aanwezig.workflow.OpenRoute;
import nl.aanwezig.workflow.RouteLedger;
import nl.aanwezig.workflow.SharedPlanProcess;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** An invited partner gets a route of their own (bpmn/gedeeld-plan.bpmn); it ends when sharing with them stops. */
@Component
class SharingRoutes {

    private final RouteLedger routes;

    SharingRoutes(RouteLedger routes) {
        this.routes = routes;
    }

    /** Their task lands in their inbox. */
    @EventListener
    void on(PartnerInvited invited) {
        Map<String, Object> vars = RouteLedger.caseVariables(invited.caseId(), invited.pupilId(), invited.schoolId());
        vars.put(SharedPlanProcess.VAR_PARTNER, invited.username());
        vars.put("partnerRole", invited.role());
        routes.startOnce(invited.caseId(), SharedPlanProcess.ID,
                SharedPlanProcess.routeKey(invited.caseId(), invited.username(), invited.invitation()), vars);
    }

    /** Consent withdrawn: the partner's invitation routes of the case end. */
    @EventListener
    void on(SharingStopped stopped) {
        String prefix = SharedPlanProcess.keyPrefix(stopped.caseId(), stopped.username());
        for (OpenRoute route : routes.openRoutesOf(stopped.caseId())) {
            if (route.routeKey().startsWith(prefix)) {
                routes.cancel(route);
            }
        }
    }
}
