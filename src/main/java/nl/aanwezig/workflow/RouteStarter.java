package nl.aanwezig.workflow;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import jakarta.annotation.PreDestroy;
import nl.aanwezig.cases.CaseOpened;
import nl.aanwezig.cases.CaseSignalled;
import nl.aanwezig.school.SchoolCalendar;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * A case gets its routes. Each route is first written to the database in the case's own transaction,
 * then started after commit; if the engine is down then, the reconciler starts it later, so a signal is
 * never lost and never blocks an import.
 */
@Component
class RouteStarter {

    /** Carried by every route, so the route's tasks find their route again after a restart. */
    static final String ROUTE_ID = "routeId";

    private final WorkflowInstances instances;
    private final Reconciler reconciler;
    private final SchoolCalendar calendar;
    private final Clock clock;
    /** One thread: route starts are cheap one by one, and the engine takes them in order. */
    private final ExecutorService starter = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("route-starter").daemon().factory());

    RouteStarter(WorkflowInstances instances, Reconciler reconciler, SchoolCalendar calendar, Clock clock) {
        this.instances = instances;
        this.reconciler = reconciler;
        this.calendar = calendar;
        this.clock = clock;
    }

    @EventListener
    void record(CaseOpened opened) {
        Map<String, Object> vars = base(opened.caseId(), opened.pupilId(), opened.schoolId());
        vars.put("mentor", opened.mentor());
        // "a mentor task not done within one school day escalates to the OC"
        vars.put("mentorDeadline", calendar.plusSchoolDays(ZonedDateTime.now(clock), 1).toOffsetDateTime().toString());
        save(opened.caseId(), LegeStoelProcess.ID, LegeStoelProcess.ID + ":" + opened.caseId(), vars);
    }

    @EventListener
    void record(CaseSignalled signalled) {
        String processId = SignalRoutes.processFor(signalled.signalType());
        if (processId == null || instances.existsByRouteKey(signalled.signalKey())) {
            return;
        }
        Map<String, Object> vars = base(signalled.caseId(), signalled.pupilId(), signalled.schoolId());
        vars.putAll(signalled.facts());
        save(signalled.caseId(), processId, signalled.signalKey(), vars);
    }

    private static Map<String, Object> base(long caseId, long pupilId, long schoolId) {
        Map<String, Object> vars = new LinkedHashMap<>();
        vars.put("caseId", caseId);
        vars.put("pupilId", pupilId);
        vars.put("schoolId", schoolId);
        return vars;
    }

    private void save(long caseId, String processId, String routeKey, Map<String, Object> vars) {
        WorkflowInstance wi = instances.save(new WorkflowInstance(caseId, processId, routeKey, "{}", clock.instant()));
        vars.put(ROUTE_ID, wi.id());
        wi.variables(Variables.toJson(vars), clock.instant());
    }

    /**
     * After the case's transaction committed: start the routes it recorded, on a thread of their own, so an
     * import that raises hundreds of signals returns as soon as they are stored. The routes are in the
     * database already; if this thread fails or the app stops first, the reconciler's sweep starts them.
     */
    @TransactionalEventListener(fallbackExecution = true)
    void start(CaseOpened opened) {
        startLater(opened.caseId());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void start(CaseSignalled signalled) {
        startLater(signalled.caseId());
    }

    private void startLater(long caseId) {
        starter.execute(() -> instances.notStartedOfCase(caseId).forEach(reconciler::reconcileQuietly));
    }

    @PreDestroy
    void stop() {
        starter.shutdownNow();
    }
}
