package nl.aanwezig.cases.route;

import java.util.Map;
import nl.aanwezig.cases.CaseClosed;
import nl.aanwezig.cases.CaseOpened;
import nl.aanwezig.cases.CaseService;
import nl.aanwezig.cases.CaseSignalled;
import nl.aanwezig.cases.tasks.CaseTask;
import nl.aanwezig.cases.tasks.CaseTasks;
import nl.aanwezig.cases.tasks.TaskCompleted;
import nl.aanwezig.cases.tier3.RegievoerderChanged;
import nl.aanwezig.cases.timeline.CaseEventType;
import nl.aanwezig.school.SchoolDeadlines;
import nl.aanwezig.security.CurrentUser;
import nl.aanwezig.workflow.DuoProcess;
import nl.aanwezig.workflow.LegeStoelProcess;
import nl.aanwezig.workflow.OpenRoute;
import nl.aanwezig.workflow.RouteLedger;
import nl.aanwezig.workflow.SignalStarts;
import nl.aanwezig.workflow.Tier3Process;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A case gets its routes, and loses them when it closes, in the transaction that changes the case (the ledger writes
 * the engine's command beside it). What happens inside a route, and which route a route starts, the models decide.
 */
@Component
class CaseRoutes {

    private final RouteLedger routes;
    private final CaseService cases;
    private final CaseTasks tasks;
    private final SignalStarts starts;

    private final SchoolDeadlines deadlines;

    CaseRoutes(RouteLedger routes, CaseService cases, CaseTasks tasks,
               SignalStarts starts, SchoolDeadlines deadlines) {
        this.deadlines = deadlines;
        this.starts = starts;
        this.routes = routes;
        this.cases = cases;
        this.tasks = tasks;
    }

    @EventListener
    void on(CaseOpened opened) {
        Map<String, Object> vars = RouteLedger.caseVariables(opened.caseId(), opened.pupilId(), opened.schoolId());
        vars.put("mentor", opened.mentor());
        // "a mentor task not done within one school day escalates to the OC": at the end of the next school day
        vars.put("mentorDeadline", SchoolDeadlines.variable(deadlines.endOfSchoolDayAfter(opened.schoolId(), 1)));
        routes.startOnce(opened.caseId(), LegeStoelProcess.ID, LegeStoelProcess.routeKey(opened.caseId()), vars);
    }

    @EventListener
    void on(CaseSignalled signalled) {
        // which route a signal starts, its model says (the start event's "signals")
        String processId = starts.of(signalled.signalType()).map(SignalStarts.Start::processId).orElse(null);
        if (processId == null || routes.exists(signalled.signalKey()) || joinsOpenDuoReport(signalled, processId)) {
            return;
        }
        Map<String, Object> vars = RouteLedger.caseVariables(signalled.caseId(), signalled.pupilId(),
                signalled.schoolId());
        vars.putAll(signalled.facts());
        routes.startOnce(signalled.caseId(), processId, signalled.signalKey(), vars);
    }

    /** The tier-3 route of a case (SAT analysis onwards), once per case: a second referral or band change joins it. */
    void startTier3(long caseId, long pupilId, long schoolId) {
        routes.startOnce(caseId, Tier3Process.ID, Tier3Process.routeKey(caseId),
                RouteLedger.caseVariables(caseId, pupilId, schoolId));
    }

    /** A new regievoerder takes the later tasks of the case's tier-3 route. */
    @EventListener
    void on(RegievoerderChanged changed) {
        routes.setVariables(Tier3Process.routeKey(changed.caseId()),
                Map.of(Tier3Process.VAR_REGIEVOERDER, changed.regievoerder()));
    }

    /** A user's task is done: the engine's job completes once the form's transaction commits, or neither happens. */
    @EventListener
    void on(TaskCompleted completed) {
        routes.completeJob(completed.routeId(), completed.jobKey(), completed.variables());
    }

    /** Closing a case ends every route of it but the one that closes it (that one ends by itself). */
    @EventListener
    void on(CaseClosed closed) {
        for (OpenRoute route : routes.openRoutesOf(closed.caseId())) {
            if (!Long.valueOf(route.id()).equals(closed.byRouteId())) {
                routes.cancel(route);
            }
        }
    }

    /**
     * A DUO signal while the case's DUO report is still to be made (luxe verzuim that also makes 16 hours, or a
     * backlog import reaching 16 hours twice) belongs to that report: one report task per case, not one per signal.
     * The signal itself is on the timeline already; this line says where it went. A DUO route counts as waiting until
     * its report task is done, also before the engine has created that task (a route started in this transaction).
     */
    private boolean joinsOpenDuoReport(CaseSignalled signalled, String processId) {
        if (!DuoProcess.ID.equals(processId)) {
            return false;
        }
        boolean waiting = routes.openRoutesOf(signalled.caseId()).stream()
                .filter(route -> DuoProcess.ID.equals(route.processId()))
                .anyMatch(route -> tasks.findByRouteIdAndElementIdAndStateNot(route.id(), DuoProcess.REPORT,
                        CaseTask.State.OPEN).isEmpty());
        if (waiting) {
            cases.record(signalled.caseId(), CaseEventType.SIGNAL, CurrentUser.SYSTEM.username(),
                    "duo-joined:" + signalled.signalKey(), "fix.timeline.duoJoined");
        }
        return waiting;
    }
}
