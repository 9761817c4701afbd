package nl.aanwezig.workflow;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.aanwezig.cases.CaseClosed;
import nl.aanwezig.cases.CaseOpened;
import nl.aanwezig.cases.CaseSignalled;
import nl.aanwezig.review.MeetingDecisionTaken;
import nl.aanwezig.school.SchoolCalendar;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A case gets its routes, and loses them when it closes. Each route is written to the database in the case's own
 * transaction together with the command that starts it (the outbox), so a signal is never lost, never starts its
 * route twice, and never blocks an import while the engine is away.
 */
@Component
class RouteStarter {

    /** Carried by every route, so its jobs find their route. */
    static final String ROUTE_ID = "routeId";

    private final WorkflowInstances instances;
    private final EngineOutbox outbox;
    private final SchoolCalendar calendar;
    private final Clock clock;

    RouteStarter(WorkflowInstances instances, EngineOutbox outbox, SchoolCalendar calendar, Clock clock) {
        this.instances = instances;
        this.outbox = outbox;
        this.calendar = calendar;
        this.clock = clock;
    }

    @EventListener
    void record(CaseOpened opened) {
        Map<String, Object> vars = base(opened.caseId(), opened.pupilId(), opened.schoolId());
        vars.put("mentor", opened.mentor());
        // "a mentor task not done within one school day escalates to the OC"
        vars.put("mentorDeadline", calendar.plusSchoolDays(ZonedDateTime.now(clock), 1).toOffsetDateTime().toString());
        start(opened.caseId(), LegeStoelProcess.ID, LegeStoelProcess.ID + ":" + opened.caseId(), vars);
    }

    @EventListener
    void record(CaseSignalled signalled) {
        String processId = SignalRoutes.processFor(signalled.signalType());
        if (processId == null || instances.existsByRouteKey(signalled.signalKey())) {
            return;
        }
        Map<String, Object> vars = base(signalled.caseId(), signalled.pupilId(), signalled.schoolId());
        vars.putAll(signalled.facts());
        start(signalled.caseId(), processId, signalled.signalKey(), vars);
    }

    /** A casusoverleg decision becomes a task in its owner's inbox, in the transaction that saves the minutes. */
    @EventListener
    void record(MeetingDecisionTaken taken) {
        String routeKey = MeetingDecisionRoute.routeKey(taken.decisionId());
        if (instances.existsByRouteKey(routeKey)) {
            return;
        }
        Map<String, Object> vars = base(taken.caseId(), taken.pupilId(), taken.schoolId());
        vars.put("owner", taken.owner());
        vars.put("dueDate", taken.dueDate().toString());
        vars.put("decisionId", taken.decisionId());
        start(taken.caseId(), MeetingDecisionRoute.ID, routeKey, vars);
    }

    /** Closing a case ends every route of it but the one that closes it (that one ends by itself). */
    @EventListener
    void on(CaseClosed closed) {
        for (WorkflowInstance wi : instances.findByCaseIdAndCancelledAtIsNull(closed.caseId())) {
            if (!wi.id().equals(closed.byRouteId())) {
                outbox.cancelRoute(wi.id());
            }
        }
    }

    private static Map<String, Object> base(long caseId, long pupilId, long schoolId) {
        Map<String, Object> vars = new LinkedHashMap<>();
        vars.put("caseId", caseId);
        vars.put("pupilId", pupilId);
        vars.put("schoolId", schoolId);
        return vars;
    }

    private void start(long caseId, String processId, String routeKey, Map<String, Object> vars) {
        WorkflowInstance wi = instances.save(new WorkflowInstance(caseId, processId, routeKey, Variables.toJson(vars),
                clock.instant()));
        outbox.startRoute(wi.id());
    }
}
