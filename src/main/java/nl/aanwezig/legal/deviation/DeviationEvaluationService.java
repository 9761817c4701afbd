package nl.aanwezig.legal.deviation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import nl.aanwezig.attendance.figures.Period;
import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.cases.tasks.TaskItem;
import nl.aanwezig.cases.tasks.TaskService;
import nl.aanwezig.security.CurrentUsers;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The OC's evaluation before an approved deviation expires (the task of bpmn/onderwijstijd-afwijking.bpmn): extend it
 * with a new request, let the pupil grow back to the full timetable when it ends, or end it now.
 */
@Service
@PreAuthorize("hasRole('OC')")
public class DeviationEvaluationService {

    static final String ACTION = "DEVIATION_EVALUATED";
    /** Longest evaluation note. */
    public static final int MAX_NOTE = 4000;

    /** What the evaluation decides. */
    public enum Outcome { EXTEND, GROW_BACK, END }

    /** The evaluation task as its form shows it. */
    public record EvaluationTask(long taskId, DeviationService.DeviationView deviation, boolean open) {
    }

    private final TaskService tasks;
    private final DeviationService deviations;
    private final DeviationDossiers dossiers;
    private final DeviationRequests requests;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final CurrentUsers users;

    DeviationEvaluationService(TaskService tasks, DeviationService deviations, DeviationDossiers dossiers,
                               DeviationRequests requests, JdbcTemplate jdbc, Clock clock, CurrentUsers users) {
        this.users = users;
        this.tasks = tasks;
        this.deviations = deviations;
        this.dossiers = dossiers;
        this.requests = requests;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public EvaluationTask open(long taskId) {
        TaskItem task = tasks.open(taskId);
        DeviationRequest r = dossiers.request(deviationOf(taskId));
        return new EvaluationTask(taskId, DeviationService.view(r, dossiers.pupil(r.pupilId())),
                task.open() && r.status() == DeviationRequest.Status.APPROVED);
    }

    /**
     * Completes the task with the outcome. Returns the new draft's id when extended (the OC completes its checklist and
     * submits it), otherwise null.
     */
    @Transactional
    public Long complete(long taskId, Outcome outcome, String note) {
        if (outcome == null) {
            throw new UserFacingException("deviation.error.outcomeRequired");
        }
        if (note != null && note.length() > MAX_NOTE) {
            throw new UserFacingException("deviation.error.tooLong", MAX_NOTE);
        }
        DeviationRequest r = dossiers.request(deviationOf(taskId));
        if (r.status() != DeviationRequest.Status.APPROVED) {
            throw new DeviationConflict("deviation.error.notApproved");
        }
        tasks.complete(taskId, ACTION, Map.of("outcome", outcome.name()));
        String text = note == null ? "" : note.strip();
        dossiers.timeline(r, "deviation.timeline.evaluated." + outcome, text);
        return switch (outcome) {
            case EXTEND -> extend(r);
            case GROW_BACK -> null;
            case END -> {
                deviations.endKeepingRoute(r.id(), LocalDate.now(clock));
                yield null;
            }
        };
    }

    /** A new draft after this one: the same timetable, as long again, within one school year. */
    private long extend(DeviationRequest r) {
        LocalDate from = r.validTo().plusDays(1);
        LocalDate yearEnd = Period.schoolYear(Period.schoolYearOf(from)).to();
        LocalDate to = from.plusDays(ChronoUnit.DAYS.between(r.validFrom(), r.validTo()));
        DeviationForm old = r.form();
        DeviationForm next = new DeviationForm(old.hoursPerWeek(), from, to.isAfter(yearEnd) ? yearEnd : to, old.windows());
        DeviationRequest created = requests.save(new DeviationRequest(r.pupilId(), r.schoolId(), r.caseId(), next,
                r.id(), users.require().username(), clock.instant()));
        return created.id();
    }

    /** The deviation whose route created the task (route key {@code deviation:<id>}). */
    private long deviationOf(long taskId) {
        Long id = jdbc.query("""
                select cast(substring(w.route_key from 11) as bigint) from task t
                join workflow_instance w on w.id = t.workflow_instance_id
                where t.id = ? and w.route_key like 'deviation:%'""", rs -> rs.next() ? rs.getLong(1) : null, taskId);
        if (id == null) {
            throw new UserFacingException("task.error.notFound");
        }
        return id;
    }
}
