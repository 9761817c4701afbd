package nl.aanwezig.workflow;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.aanwezig.cases.CaseClosed;
import nl.aanwezig.cases.CaseEventType;
import nl.aanwezig.cases.CaseService;
import nl.aanwezig.cases.CaseOpened;
import nl.aanwezig.cases.CaseSignalled;
import nl.aanwezig.cases.sharing.PartnerInvited;
import nl.aanwezig.cases.sharing.SharedPlanRoute;
import nl.aanwezig.cases.sharing.SharingStopped;
import nl.aanwezig.legal.exemption.ExemptionNoticeRegistered;
import nl.aanwezig.legal.deviation.DeviationApproved;
import nl.aanwezig.legal.deviation.DeviationStopped;
import nl.aanwezig.review.MeetingDecisionTaken;
import nl.aanwezig.school.SchoolCalendar;
import nl.aanwezig.security.CurrentUser;
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
    private final CaseService cases;

    RouteStarter(WorkflowInstances instances, EngineOutbox outbox, SchoolCalendar calendar, Clock clock,
                 CaseService cases) {
        this.cases = cases;
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
        if (joinsOpenDuoReport(signalled, processId)) {
            return;
        }
        Map<String, Object> vars = base(signalled.caseId(), signalled.pupilId(), signalled.schoolId());
        vars.putAll(signalled.facts());
        start(signalled.caseId(), processId, signalled.signalKey(), vars);
    }

    /** The tier-3 route of a case (SAT analysis onwards), once per case: a second referral or band change joins it. */
    void startTier3(long caseId, long pupilId, long schoolId) {
        String key = Tier3Process.routeKey(caseId);
        if (!instances.existsByRouteKey(key)) {
            start(caseId, Tier3Process.ID, key, base(caseId, pupilId, schoolId));
        }
    }

    /** A new regievoerder takes the later tasks of the case's tier-3 route. */
    @EventListener
    void on(nl.aanwezig.cases.RegievoerderChanged changed) {
        instances.findByRouteKey(Tier3Process.routeKey(changed.caseId()))
                .filter(wi -> wi.cancelledAt() == null)
                .ifPresent(wi -> outbox.setVariables(wi.id(), Map.of("regievoerder", changed.regievoerder())));
    }

    /** An invited partner gets a route of their own: their task lands in their inbox (bpmn/gedeeld-plan.bpmn). */
    @EventListener
    void record(PartnerInvited invited) {
        String routeKey = SharedPlanRoute.routeKey(invited.caseId(), invited.username(), invited.invitation());
        if (instances.existsByRouteKey(routeKey)) {
            return;
        }
        Map<String, Object> vars = base(invited.caseId(), invited.pupilId(), invited.schoolId());
        vars.put(SharedPlanRoute.PARTNER, invited.username());
        vars.put("partnerRole", invited.role());
        start(invited.caseId(), SharedPlanRoute.PROCESS_ID, routeKey, vars);
    }

    /** Sharing with a partner stopped (consent withdrawn): their invitation routes of the case end. */
    @EventListener
    void on(SharingStopped stopped) {
        String prefix = SharedPlanRoute.keyPrefix(stopped.caseId(), stopped.username());
        for (WorkflowInstance wi : instances.findByCaseIdAndCancelledAtIsNull(stopped.caseId())) {
            if (wi.routeKey().startsWith(prefix)) {
                outbox.cancelRoute(wi.id());
            }
        }
    }

    /**
     * A DUO signal while the case's DUO report is still to be made (luxe verzuim that also makes 16 hours, or a
     * backlog import reaching 16 hours twice) belongs to that report: one report task per case, not one per signal.
     * The signal itself is on the timeline already; this line says where it went.
     */
    private boolean joinsOpenDuoReport(CaseSignalled signalled, String processId) {
        if (!SignalRoutes.DUO.equals(processId)
                || instances.countWaitingFor(signalled.caseId(), processId, SignalRoutes.DUO_REPORT) == 0) {
            return false;
        }
        cases.record(signalled.caseId(), CaseEventType.SIGNAL, CurrentUser.SYSTEM.username(),
                "duo-joined:" + signalled.signalKey(), "fix.timeline.duoJoined");
        return true;
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

    /**
     * An exemption's notice starts its route (bpmn/vrijstelling.bpmn), in the registering transaction. The route has
     * no case: an exemption outlives cases and needs none.
     */
    @EventListener
    void record(ExemptionNoticeRegistered registered) {
        String routeKey = ExemptionRoute.routeKey(registered.exemptionId());
        if (instances.existsByRouteKey(routeKey)) {
            return;
        }
        Map<String, Object> vars = new LinkedHashMap<>();
        vars.put("exemptionId", registered.exemptionId());
        vars.put("pupilId", registered.pupilId());
        vars.put("schoolId", registered.schoolId());
        vars.put("leerplicht", registered.leerplicht());
        vars.put("statementNeeded", registered.statementWriter() != null);
        if (registered.statementWriter() != null) {
            vars.put("statementWriter", registered.statementWriter());
        }
        start(null, ExemptionRoute.ID, routeKey, vars);
    }

    /** An approved onderwijstijd deviation is evaluated before it expires: a route of the pupil's case. */
    @EventListener
    void record(DeviationApproved approved) {
        String routeKey = DeviationApproved.routeKey(approved.deviationId());
        if (instances.existsByRouteKey(routeKey)) {
            return;
        }
        Map<String, Object> vars = base(approved.caseId(), approved.pupilId(), approved.schoolId());
        vars.put("deviationId", approved.deviationId());
        vars.put("remindOn", approved.remindOn().toString());
        vars.put("validTo", approved.validTo().toString());
        start(approved.caseId(), DeviationRoute.ID, routeKey, vars);
    }

    /** A deviation withdrawn or ended early: nothing left to evaluate. */
    @EventListener
    void on(DeviationStopped stopped) {
        instances.findByRouteKey(DeviationApproved.routeKey(stopped.deviationId()))
                .filter(wi -> wi.cancelledAt() == null)
                .ifPresent(wi -> outbox.cancelRoute(wi.id()));
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

    private void start(Long caseId, String processId, String routeKey, Map<String, Object> vars) {
        WorkflowInstance wi = instances.save(new WorkflowInstance(caseId, processId, routeKey, Variables.toJson(vars),
                clock.instant()));
        outbox.startRoute(wi.id());
    }
}
