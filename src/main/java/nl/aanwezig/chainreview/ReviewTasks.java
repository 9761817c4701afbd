package nl.aanwezig.chainreview;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.aanwezig.base.DisplayNames;
import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.cases.tasks.InboxSource;
import nl.aanwezig.cases.tasks.TaskItem;
import nl.aanwezig.security.CurrentUser;
import nl.aanwezig.workflow.ChainReviewActionProcess;
import nl.aanwezig.workflow.ChainReviewProcess;
import nl.aanwezig.workflow.RouteLedger;
import nl.aanwezig.workflow.TaskInbox;
import nl.aanwezig.workflow.UserTaskJob;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The human tasks of the review routes (the chair's, the actions'), kept in the task table under their review, and
 * shown in *Mijn taken*; beside them every participant of a prepared review finds it there to read before the meeting.
 */
@Component
class ReviewTasks implements TaskInbox, InboxSource {

    /** Not a model's form: the inbox row that points a participant to a prepared review (its id in the task column). */
    static final String FORM_READ = InboxSource.FORM_CHAIN_REVIEW_READ;

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final RouteLedger routes;
    private final DisplayNames names;
    private final ReviewAccess access;

    ReviewTasks(JdbcTemplate jdbc, Clock clock, RouteLedger routes, DisplayNames names, ReviewAccess access) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.routes = routes;
        this.names = names;
        this.access = access;
    }

    record ReviewTask(long id, long reviewId, long routeId, String elementId, String assignee, long jobKey,
                      Long actionId) {
    }

    @Override
    public boolean keeps(String processId) {
        return ChainReviewProcess.ID.equals(processId) || ChainReviewActionProcess.ID.equals(processId);
    }

    @Override
    @Transactional
    public void created(UserTaskJob t) {
        long reviewId = t.longVariable("reviewId");
        Object school = t.variables().get("schoolId");
        // the action's id, as the other inboxes keep the variables a task's form shows
        String context = t.variables().get("actionId") instanceof Number n ? "{\"actionId\":" + n.longValue() + "}" : null;
        int inserted = jdbc.update("""
                insert into task (chain_review_id, school_id, workflow_instance_id, process_id, element_id, form,
                                  title_key, assignee, job_key, created_at, due_at, state, context)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?) on conflict (job_key) do nothing""", reviewId,
                school instanceof Number n ? n.longValue() : null, t.routeId(), t.processId(), t.elementId(), t.form(),
                t.titleKey(), t.assignee(), t.jobKey(), Timestamp.from(clock.instant()),
                t.dueAt() == null ? null : Timestamp.from(t.dueAt()), context);
        if (inserted == 1 && ChainReviewProcess.HOLD_REVIEW.equals(t.elementId()) && closed(reviewId)) {
            // closed before the engine handed the chair's task over: it is done already
            complete(openTask(t.jobKey()), t.assignee());
        }
    }

    @Override
    public Map<Long, Long> openJobs() {
        Map<Long, Long> open = new LinkedHashMap<>();
        jdbc.query("select id, job_key from task where chain_review_id is not null and state = 'OPEN' order by id",
                rs -> { open.put(rs.getLong(1), rs.getLong(2)); });
        return open;
    }

    @Override
    @Transactional
    public boolean withdrawn(long taskId) {
        return jdbc.update("""
                update task set state = 'CANCELLED', completed_at = ? where id = ? and state = 'OPEN'
                and chain_review_id is not null""", Timestamp.from(clock.instant()), taskId) == 1;
    }

    @Override
    public List<TaskItem> openTasks(CurrentUser user) {
        List<TaskItem> items = new ArrayList<>(jdbc.query("""
                select t.id, t.form, t.title_key, t.assignee, t.created_at, t.due_at, t.element_id, t.process_id,
                       r.quarter, g.name region
                from task t join chain_review r on r.id = t.chain_review_id join region g on g.id = r.region_id
                where t.state = 'OPEN' and t.assignee = ? order by t.id""", (rs, i) -> item(rs, rs.getLong("id"),
                rs.getString("form"), rs.getString("title_key"), rs.getString("assignee")), user.username()));
        jdbc.query("""
                select r.id, r.region_id, r.quarter, g.name region, r.prepared_at created_at, null due_at,
                       null element_id, null process_id
                from chain_review r join region g on g.id = r.region_id
                where r.state = 'PREPARED' and (r.chair is null or r.chair <> ?) order by r.id""", rs -> {
            if (access.takesPart(user, rs.getLong("region_id"))) {
                items.add(item(rs, rs.getLong("id"), FORM_READ, "task.chain-review-read", user.username()));
            }
        }, user.username());
        return items;
    }

    private TaskItem item(ResultSet rs, long id, String form, String titleKey, String assignee) throws SQLException {
        Timestamp due = rs.getTimestamp("due_at");
        return new TaskItem(id, 0, 0, "Ketenoverleg " + rs.getString("quarter"), rs.getString("region"), form, titleKey,
                assignee, null, rs.getTimestamp("created_at").toInstant(), due == null ? null : due.toInstant(), true,
                null, rs.getString("process_id"), rs.getString("element_id"), names.of(assignee));
    }

    /** The user's own open task; someone else's is refused. */
    ReviewTask mine(long taskId, CurrentUser user) {
        ReviewTask t = jdbc.query(SELECT + " where id = ? and chain_review_id is not null and state = 'OPEN'",
                ReviewTasks::map, taskId).stream().findFirst()
                .orElseThrow(() -> new UserFacingException(UserFacingException.Kind.NOT_FOUND, "chainreview.error.task"));
        if (!user.username().equals(t.assignee())) {
            throw new AccessDeniedException("chain review task " + taskId + " is not for " + user.username());
        }
        return t;
    }

    /** The chair's open task of a review, if the engine handed it over. */
    java.util.Optional<ReviewTask> chairTask(long reviewId) {
        return jdbc.query(SELECT + " where chain_review_id = ? and element_id = ? and state = 'OPEN'", ReviewTasks::map,
                reviewId, ChainReviewProcess.HOLD_REVIEW).stream().findFirst();
    }

    /** Completes the task in the caller's transaction; the engine's job completes when it commits. */
    void complete(ReviewTask task, String by) {
        int done = jdbc.update("""
                update task set state = 'COMPLETED', completed_by = ?, completed_at = ? where id = ? and state = 'OPEN'""",
                by, Timestamp.from(clock.instant()), task.id());
        if (done == 0) {
            throw new UserFacingException(UserFacingException.Kind.CONFLICT, "chainreview.error.task");
        }
        routes.completeJob(task.routeId(), task.jobKey(), Map.of());
    }

    private ReviewTask openTask(long jobKey) {
        return jdbc.queryForObject(SELECT + " where job_key = ?", ReviewTasks::map, jobKey);
    }

    private boolean closed(long reviewId) {
        return "CLOSED".equals(jdbc.queryForObject("select state from chain_review where id = ?", String.class, reviewId));
    }

    private static final String SELECT = """
            select id, chain_review_id, workflow_instance_id, element_id, assignee, job_key, context from task""";

    private static ReviewTask map(ResultSet rs, int row) throws SQLException {
        String context = rs.getString("context");
        return new ReviewTask(rs.getLong("id"), rs.getLong("chain_review_id"), rs.getLong("workflow_instance_id"),
                rs.getString("element_id"), rs.getString("assignee"), rs.getLong("job_key"),
                context == null ? null : Long.valueOf(context.replaceAll("\\D", "")));
    }

}
