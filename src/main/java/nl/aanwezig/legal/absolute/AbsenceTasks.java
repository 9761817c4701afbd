package nl.aanwezig.legal.absolute;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.aanwezig.base.Messages;
import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.cases.tasks.InboxSource;
import nl.aanwezig.cases.tasks.TaskItem;
import nl.aanwezig.security.CurrentUser;
import nl.aanwezig.workflow.AbsoluteAbsenceProcess;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The follow-up tasks of absoluut-verzuim routes in the one task table (owner: absolute_absence_id; no case, no
 * school). They show in their assignee's inbox beside the case tasks; the child has no school and no pupil number,
 * so the inbox shows "geen school" where it shows a pupil number.
 */
@Component
class AbsenceTasks implements InboxSource {

    private static final String COLUMNS = """
            t.id, t.absolute_absence_id, t.workflow_instance_id, t.element_id, t.form, t.assignee, t.job_key, t.due_at,
            t.state""";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    AbsenceTasks(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A job of the route became a task; a redelivered job finds its task. */
    @Transactional
    public void created(long absoluteAbsenceId, long routeId, String elementId, String form, String titleKey,
                        String assignee, long jobKey, Instant dueAt) {
        jdbc.update("""
                insert into task (absolute_absence_id, workflow_instance_id, element_id, form, title_key, assignee,
                                  job_key, created_at, due_at, state)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN') on conflict (job_key) do nothing""",
                absoluteAbsenceId, routeId, elementId, form, titleKey, assignee, jobKey,
                Timestamp.from(clock.instant()), dueAt == null ? null : Timestamp.from(dueAt));
    }

    Map<Long, Long> openJobs() {
        Map<Long, Long> open = new LinkedHashMap<>();
        jdbc.query("select id, job_key from task where absolute_absence_id is not null and state = 'OPEN' order by id",
                rs -> { open.put(rs.getLong(1), rs.getLong(2)); });
        return open;
    }

    @Transactional
    public boolean withdraw(long taskId) {
        return jdbc.update("""
                update task set state = 'CANCELLED', completed_at = ?
                where id = ? and state = 'OPEN' and absolute_absence_id is not null""",
                Timestamp.from(clock.instant()), taskId) == 1;
    }

    @Override
    public List<TaskItem> openTasks(CurrentUser user) {
        String noSchool = Messages.nl("absolute.task.noSchool");
        return jdbc.query("""
                select t.id, t.form, t.title_key, t.assignee, t.created_at, t.due_at, t.element_id, a.first_name,
                       a.last_name, s.display_name
                from task t join absolute_absence a on a.id = t.absolute_absence_id
                left join staff_account s on s.username = t.assignee
                where t.state = 'OPEN' and t.assignee = ?""", (rs, i) ->
                new TaskItem(rs.getLong("id"), 0, 0, rs.getString("first_name") + " " + rs.getString("last_name"),
                        noSchool, rs.getString("form"), rs.getString("title_key"), rs.getString("assignee"), null,
                        rs.getTimestamp("created_at").toInstant(), instant(rs, "due_at"), true, null,
                        AbsoluteAbsenceProcess.ID, rs.getString("element_id"), rs.getString("display_name")),
                user.username());
    }

    /** The task if it is the user's; refused (AccessDeniedException) when it is someone else's. */
    AbsenceTask mine(long taskId, CurrentUser user) {
        AbsenceTask t = jdbc.query("select " + COLUMNS + " from task t where t.id = ? and t.absolute_absence_id is not null",
                AbsenceTasks::map, taskId).stream().findFirst()
                .orElseThrow(() -> new UserFacingException(UserFacingException.Kind.NOT_FOUND, "absolute.error.task.notFound"));
        if (!t.assignee().equals(user.username())) {
            throw new AccessDeniedException("absolute-absence task " + taskId + " is not for " + user.username());
        }
        return t;
    }

    /** Completes an open task in the caller's transaction; a task done meanwhile (another tab) is refused. */
    void complete(AbsenceTask task, CurrentUser user) {
        int done = jdbc.update("""
                update task set state = 'COMPLETED', completed_by = ?, completed_at = ?
                where id = ? and state = 'OPEN' and absolute_absence_id is not null""",
                user.username(), Timestamp.from(clock.instant()), task.id());
        if (done == 0) {
            throw new UserFacingException(UserFacingException.Kind.CONFLICT, "absolute.error.task.done");
        }
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static AbsenceTask map(ResultSet rs, int row) throws SQLException {
        return new AbsenceTask(rs.getLong("id"), rs.getLong("absolute_absence_id"), rs.getLong("workflow_instance_id"),
                rs.getString("element_id"), rs.getString("form"), rs.getString("assignee"), rs.getLong("job_key"),
                instant(rs, "due_at"), "OPEN".equals(rs.getString("state")));
    }
}
