package nl.aanwezig.workflow;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.aanwezig.cases.CaseOpened;
import nl.aanwezig.school.SchoolCalendar;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * A new case gets its route. The instance is first written to the database in the case's own
 * transaction, then started after commit; if the engine is down then, the reconciler starts it later,
 * so a signal is never lost and never blocks an import.
 */
@Component
class RouteStarter {

    private final WorkflowInstances instances;
    private final Reconciler reconciler;
    private final SchoolCalendar calendar;
    private final Clock clock;

    RouteStarter(WorkflowInstances instances, Reconciler reconciler, SchoolCalendar calendar, Clock clock) {
        this.instances = instances;
        this.reconciler = reconciler;
        this.calendar = calendar;
        this.clock = clock;
    }

    @EventListener
    void record(CaseOpened opened) {
        Map<String, Object> vars = new LinkedHashMap<>();
        vars.put("caseId", opened.caseId());
        vars.put("pupilId", opened.pupilId());
        vars.put("schoolId", opened.schoolId());
        vars.put("mentor", opened.mentor());
        // "a mentor task not done within one school day escalates to the OC"
        vars.put("mentorDeadline", calendar.plusSchoolDays(ZonedDateTime.now(clock), 1).toOffsetDateTime().toString());
        instances.save(new WorkflowInstance(opened.caseId(), LegeStoelProcess.ID, Variables.toJson(vars), clock.instant()));
    }

    @TransactionalEventListener
    void start(CaseOpened opened) {
        reconciler.reconcileQuietly(opened.caseId());
    }
}
