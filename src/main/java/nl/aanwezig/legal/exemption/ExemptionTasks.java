package nl.aanwezig.legal.exemption;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.aanwezig.base.DisplayNames;
import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.cases.tasks.InboxSource;
import nl.aanwezig.cases.tasks.TaskItem;
import nl.aanwezig.security.CurrentUser;
import nl.aanwezig.workflow.ExemptionProcess;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The human tasks of exemption routes: the workflow module hands each job over ({@link #created}); they show in their
 * assignee's inbox; a form completes its task in its own transaction, and the engine's job with it.
 */
@Service
public class ExemptionTasks implements InboxSource {

    private static final String COLUMNS = """
            t.id, t.exemption_id, t.workflow_instance_id route_id, t.element_id, t.form, t.title_key, t.assignee, t.job_key, t.created_at,
            t.due_at, t.state""";

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher publisher;
    private final DisplayNames names;

    ExemptionTasks(JdbcTemplate jdbc, Clock clock, ApplicationEventPublisher publisher, DisplayNames names) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.publisher = publisher;
        this.names = names;
    }

    /** A job of an exemption route became a task; a redelivered job finds its task. */
    @Transactional
    public void created(long exemptionId, long routeId, String elementId, String form, String titleKey,
                        String assignee, long jobKey, Instant dueAt) {
        Timestamp now = Timestamp.from(clock.instant());
        int inserted = jdbc.update("""
                insert into task (exemption_id, school_id, workflow_instance_id, element_id, form, title_key, assignee,
                                  job_key, created_at, due_at, state)
                select e.id, e.school_id, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN' from exemption e where e.id = ?
                on conflict (job_key) do nothing""", routeId, elementId, form, titleKey, assignee, jobKey, now,
                dueAt == null ? null : Timestamp.from(dueAt), exemptionId);
        if (inserted == 1 && ExemptionProcess.ENDED.equals(elementId)) {
            // the engine ended the period's review and renewal jobs with the period
            jdbc.update("""
                    update task set state = 'CANCELLED', completed_at = ?
                    where workflow_instance_id = ? and state = 'OPEN' and element_id <> ?""",
                    now, routeId, ExemptionProcess.ENDED);
        }
    }

    /** The open tasks with their engine jobs: task id to job key, for the probe that finds withdrawn jobs. */
    Map<Long, Long> openJobs() {
        Map<Long, Long> open = new LinkedHashMap<>();
        jdbc.query("select id, job_key from task where exemption_id is not null and state = 'OPEN' order by id",
                rs -> { open.put(rs.getLong(1), rs.getLong(2)); });
        return open;
    }

    /** The engine no longer has the task's job: it leaves the inbox. False if it was not open any more. */
    @Transactional
    boolean withdraw(long taskId) {
        return jdbc.update("""
                update task set state = 'CANCELLED', completed_at = ?
                where id = ? and state = 'OPEN' and exemption_id is not null""",
                Timestamp.from(clock.instant()), taskId) == 1;
    }

    @Override
    public List<TaskItem> openTasks(CurrentUser user) {
        return jdbc.query("""
                select t.id, t.form, t.title_key, t.assignee, t.created_at, t.due_at, t.element_id, p.id pupil_id,
                       p.first_name, p.last_name, p.leerling, s.brin
                from task t join exemption e on e.id = t.exemption_id join pupil p on p.id = e.pupil_id
                join school s on s.id = e.school_id where t.state = 'OPEN' and t.assignee = ?""", (rs, i) ->
                new TaskItem(rs.getLong("id"), 0, rs.getLong("pupil_id"),
                        rs.getString("first_name") + " " + rs.getString("last_name"), rs.getString("leerling"),
                        rs.getString("form"), rs.getString("title_key"), rs.getString("assignee"), null,
                        rs.getTimestamp("created_at").toInstant(), instant(rs, "due_at"), true, rs.getString("brin"),
                        ExemptionProcess.ID, rs.getString("element_id"), names.of(rs.getString("assignee"))),
                user.username());
    }

    /** The task if it is the user's; refused (AccessDeniedException) when it is someone else's. */
    ExemptionTask mine(long taskId, CurrentUser user) {
        ExemptionTask t = jdbc.query("select " + COLUMNS + " from task t where t.id = ? and t.exemption_id is not null",
                ExemptionTasks::map, taskId).stream().findFirst().orElseThrow(() -> new UserFacingException("exemption.error.task.notFound"));
        if (!t.assignee().equals(user.username())) {
            throw new AccessDeniedException("exemption task " + taskId + " is not for " + user.username());
        }
        return t;
    }

    /** The open task of this step of the exemption, if any. */
    java.util.Optional<ExemptionTask> openStep(long exemptionId, String elementId) {
        return jdbc.query("select " + COLUMNS + " from task t where t.exemption_id = ? and t.element_id = ?"
                + " and t.state = 'OPEN' order by t.id", ExemptionTasks::map, exemptionId, elementId).stream().findFirst();
    }

    /** Completes an open task in the caller's transaction; the engine's job completes when it commits. */
    void complete(ExemptionTask task, CurrentUser user, Map<String, Object> variables) {
        int done = jdbc.update("""
                update task set state = 'COMPLETED', completed_by = ?, completed_at = ?
                where id = ? and state = 'OPEN' and exemption_id is not null""", user.username(), Timestamp.from(clock.instant()), task.id());
        if (done == 0) {
            throw new UserFacingException("exemption.error.task.done");
        }
        publisher.publishEvent(new ExemptionTaskDone(task.routeId(), task.jobKey(), variables));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static ExemptionTask map(ResultSet rs, int row) throws SQLException {
        return new ExemptionTask(rs.getLong("id"), rs.getLong("exemption_id"), rs.getLong("route_id"),
                rs.getString("element_id"), rs.getString("form"), rs.getString("title_key"), rs.getString("assignee"),
                rs.getLong("job_key"), rs.getTimestamp("created_at").toInstant(), instant(rs, "due_at"),
                "OPEN".equals(rs.getString("state")));
    }
}
