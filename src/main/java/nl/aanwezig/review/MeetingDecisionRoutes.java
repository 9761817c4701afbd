package nl.aanwezig.review;

import java.util.Map;
import nl.aanwezig.workflow.MeetingDecisionProcess;
import nl.aanwezig.workflow.RouteLedger;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** A casusoverleg decision becomes a task in its owner's inbox, in the transaction that saves the minutes. */
@Component
class MeetingDecisionRoutes {

    private final RouteLedger routes;

    MeetingDecisionRoutes(RouteLedger routes) {
        this.routes = routes;
    }

    @EventListener
    void on(MeetingDecisionTaken taken) {
        Map<String, Object> vars = RouteLedger.caseVariables(taken.caseId(), taken.pupilId(), taken.schoolId());
        vars.put("owner", taken.owner());
        vars.put("dueDate", taken.dueDate().toString());
        vars.put("decisionId", taken.decisionId());
        routes.startOnce(taken.caseId(), MeetingDecisionProcess.ID, MeetingDecisionProcess.routeKey(taken.decisionId()),
                vars);
    }
}
