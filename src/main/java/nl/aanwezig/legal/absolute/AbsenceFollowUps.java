package nl.aanwezig.legal.absolute;

import java.time.Clock;
import java.time.LocalDate;
import nl.aanwezig.security.AuditLog;
import nl.aanwezig.security.CurrentUser;
import nl.aanwezig.security.CurrentUsers;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The follow-up task of a record, done from the inbox: leerplicht records how it stands, the task and its job
 * complete, and the record keeps the outcome with who and when. The route decides what comes next.
 */
@Service
public class AbsenceFollowUps {

    static final String FOLLOW_UP = "ABSOLUTE_ABSENCE_FOLLOW_UP";

    /** A task with the record it follows, its weeks at home so far and the app's today (the form's default date). */
    public record TaskContext(AbsenceTask task, AbsoluteAbsence record, long weeksAtHome, LocalDate today) {
    }

    private final AbsenceTasks tasks;
    private final AbsoluteAbsences records;
    private final AbsenceRoutes routes;
    private final CurrentUsers users;
    private final AuditLog audit;
    private final Clock clock;

    AbsenceFollowUps(AbsenceTasks tasks, AbsoluteAbsences records, AbsenceRoutes routes, CurrentUsers users,
                     AuditLog audit, Clock clock) {
        this.tasks = tasks;
        this.records = records;
        this.routes = routes;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    /** The user's own task with its record (the read is audited); someone else's is refused. */
    @PreAuthorize("hasRole('LEERPLICHT')")
    @Transactional
    public TaskContext openTask(long taskId) {
        CurrentUser user = users.require();
        AbsenceTask task = tasks.mine(taskId, user);
        audit.record(user, null, AbsoluteAbsenceService.READ, true, "absolute-absence:" + task.absoluteAbsenceId());
        AbsoluteAbsence record = records.find(task.absoluteAbsenceId()).orElseThrow();
        LocalDate today = LocalDate.now(clock);
        return new TaskContext(task, record, AbsenceRow.of(record, today).weeksAtHome(), today);
    }

    /** Records the follow-up and completes the task; OPEN brings a new one four weeks on, any other ends the route. */
    @PreAuthorize("hasRole('LEERPLICHT')")
    @Transactional
    public void followUp(long taskId, AbsenceStatus status, LocalDate statusOn, String enrolledAt, String note) {
        CurrentUser user = users.require();
        AbsenceTask task = tasks.mine(taskId, user);
        LocalDate today = LocalDate.now(clock);
        FollowUp followUp = new FollowUp(status, statusOn, enrolledAt, note);
        AbsenceRules.orRefuse(AbsenceRules.followUp(followUp, today));
        tasks.complete(task, user);
        records.followedUp(task.absoluteAbsenceId(), followUp, user.username(), clock.instant());
        routes.followedUp(task, status, today);
        audit.record(user, null, FOLLOW_UP, true, "absolute-absence:" + task.absoluteAbsenceId() + " " + status);
    }
}
