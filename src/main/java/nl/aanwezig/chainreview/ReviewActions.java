package nl.aanwezig.chainreview;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.security.CurrentUser;
import nl.aanwezig.security.CurrentUsers;
import nl.aanwezig.workflow.ChainReviewActionProcess;
import nl.aanwezig.workflow.RouteLedger;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the review asks of someone becomes a task through bpmn/ketenoverleg-afspraak.bpmn, started in the transaction
 * that records it: an action on a pupil (owner and date), a deadlock for the holder of the doorzettingsmacht, and a
 * rode-draad recommendation for each school it concerns (its OC). The owner records what was done.
 */
@Service
public class ReviewActions {

    /** The holder of the doorzettingsmacht decides a deadlock within two weeks. */
    static final int DEADLOCK_DAYS = 14;
    static final int MAX_DESCRIPTION = 500;

    private final JdbcTemplate jdbc;
    private final ChainReviewMeeting meeting;
    private final ReviewSettings settings;
    private final RouteLedger routes;
    private final ReviewTasks tasks;
    private final CurrentUsers users;
    private final ReviewAccess access;
    private final Clock clock;

    ReviewActions(JdbcTemplate jdbc, ChainReviewMeeting meeting, ReviewSettings settings, RouteLedger routes,
                  ReviewTasks tasks, CurrentUsers users, ReviewAccess access, Clock clock) {
        this.access = access;
        this.jdbc = jdbc;
        this.meeting = meeting;
        this.settings = settings;
        this.routes = routes;
        this.tasks = tasks;
        this.users = users;
        this.clock = clock;
    }

    /** Someone an action can be given to: the region's SWV, leerplicht, jeugdartsen and its schools' OCs. */
    public record Owner(String username, String name, String role, String organisation) {
    }

    /** Only for those who take part in the region's reviews: it lists staff of the region. */
    public List<Owner> owners(long reviewId) {
        long region = access.regionOfReview(reviewId);
        access.checkTakesPart(users.require(), region, "owners of review " + reviewId);
        return jdbc.query("""
                select a.username, a.display_name, a.role, coalesce(s.name, g.name) from staff_account a
                left join school s on s.id = a.school_id left join region g on g.id = a.region_id
                where a.enabled and ((a.role = 'OC' and s.region_id = ?)
                   or (a.role in ('SWV', 'LEERPLICHT', 'JEUGDARTS') and (a.region_id = ? or exists (
                       select 1 from school_partner sp join school ps on ps.id = sp.school_id
                       where sp.username = a.username and ps.region_id = ?))))
                order by a.role, a.display_name""", (rs, i) -> new Owner(rs.getString(1), rs.getString(2),
                rs.getString(3), rs.getString(4)), region, region, region);
    }

    /** An action on one pupil of the list, for an owner of the region, due on a date. */
    @Transactional
    public long addAction(long itemId, String description, String owner, LocalDate dueOn) {
        long reviewId = meeting.reviewOfItem(itemId);
        CurrentUser user = meeting.chair(reviewId, "add an action");
        check(reviewId, description, owner, dueOn);
        Long school = jdbc.queryForObject("select school_id from chain_review_item where id = ?", Long.class, itemId);
        return start(reviewId, itemId, null, "ACTION", description, owner, school, dueOn, user);
    }

    /** A case that is stuck goes to whoever holds the doorzettingsmacht of the region, who decides with a note. */
    @Transactional
    public long escalate(long itemId, String description) {
        long reviewId = meeting.reviewOfItem(itemId);
        CurrentUser user = meeting.chair(reviewId, "escalate");
        long region = access.regionOfReview(reviewId);
        String holder = settings.of(region).doorzettingHolder();
        if (holder == null) {
            throw new UserFacingException("chainreview.error.noHolder");
        }
        LocalDate due = LocalDate.now(clock).plusDays(DEADLOCK_DAYS);
        checkDescription(description);
        Long school = jdbc.queryForObject("select school_id from chain_review_item where id = ?", Long.class, itemId);
        return start(reviewId, itemId, null, "DEADLOCK", description, holder, school, due, user);
    }

    /** A rode-draad theme and its recommendation for tiers 1 and 2, a task for the OC of each school it concerns. */
    @Transactional
    public long addTheme(long reviewId, String theme, String recommendation, List<Long> schoolIds, LocalDate dueOn) {
        CurrentUser user = meeting.chair(reviewId, "add a theme");
        if (ChainReviewMeeting.blank(theme) || ChainReviewMeeting.blank(recommendation)) {
            throw new UserFacingException("chainreview.error.theme");
        }
        if (ChainReviewMeeting.tooLong(theme) || ChainReviewMeeting.tooLong(recommendation)) {
            throw new UserFacingException("chainreview.error.tooLong", ChainReviewMeeting.MAX_TEXT);
        }
        checkDue(dueOn);
        long region = access.regionOfReview(reviewId);
        Map<Long, String> ocs = new LinkedHashMap<>();
        for (Long school : schoolIds == null ? List.<Long>of() : schoolIds) {
            String oc = jdbc.query("""
                    select a.username from staff_account a join school s on s.id = a.school_id
                    where s.id = ? and s.region_id = ? and a.role = 'OC' and a.enabled order by a.username limit 1""",
                    (rs, i) -> rs.getString(1), school, region).stream().findFirst()
                    .orElseThrow(() -> new UserFacingException("chainreview.error.schoolWithoutOc"));
            ocs.put(school, oc);
        }
        long themeId = jdbc.queryForObject("""
                insert into chain_review_theme (review_id, theme, recommendation, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?) returning id""", Long.class, reviewId, theme.strip(), recommendation.strip(),
                user.username(), Timestamp.from(clock.instant()));
        ocs.forEach((school, oc) -> start(reviewId, null, themeId, "RECOMMENDATION", recommendation.strip(), oc, school,
                dueOn, user));
        return themeId;
    }

    /** The owner records what was done (or, for a deadlock, the decision); the task leaves the inbox. */
    @Transactional
    public void complete(long taskId, String outcome) {
        CurrentUser user = users.require();
        ReviewTasks.ReviewTask task = tasks.mine(taskId, user);
        if (ChainReviewMeeting.blank(outcome) || ChainReviewMeeting.tooLong(outcome)) {
            throw new UserFacingException("chainreview.error.outcome", ChainReviewMeeting.MAX_TEXT);
        }
        jdbc.update("update chain_review_action set outcome = ?, done_on = ?, done_by = ? where id = ?",
                outcome.strip(), Date.valueOf(LocalDate.now(clock)), user.username(), task.actionId());
        tasks.complete(task, user.username());
    }

    /** The action behind one of the user's tasks, for its form. */
    public ReviewView.Action actionOfTask(long taskId) {
        ReviewTasks.ReviewTask task = tasks.mine(taskId, users.require());
        return jdbc.queryForObject("""
                select a.id, a.item_id, a.theme_id, a.kind, a.description, a.owner, s.name, a.due_on, a.outcome,
                       a.done_on, rs.pseudonym from chain_review_action a left join school s on s.id = a.school_id
                left join chain_review_item i on i.id = a.item_id left join review_subject rs on rs.id = i.subject_id
                where a.id = ?""", (rs, i) -> new ReviewView.Action(rs.getLong(1), (Long) rs.getObject(2),
                (Long) rs.getObject(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(6),
                rs.getString(7), rs.getDate(8).toLocalDate(), rs.getString(9), ChainReviews.date(rs, "done_on"),
                rs.getString(11) == null ? null : "Leerling " + rs.getString(11)), task.actionId());
    }

    private long start(long reviewId, Long itemId, Long themeId, String kind, String description, String owner,
                       Long school, LocalDate dueOn, CurrentUser user) {
        long id = jdbc.queryForObject("""
                insert into chain_review_action (review_id, item_id, theme_id, kind, description, owner, school_id,
                                                 due_on, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""", Long.class, reviewId, itemId, themeId, kind,
                description.strip(), owner, school, Date.valueOf(dueOn), user.username(),
                Timestamp.from(clock.instant()));
        Map<String, Object> vars = new LinkedHashMap<>();
        vars.put("reviewId", reviewId);
        vars.put("actionId", id);
        vars.put("owner", owner);
        vars.put("dueDate", dueOn.toString());
        vars.put(ChainReviewActionProcess.VAR_KIND, kind);
        if (school != null) {
            vars.put("schoolId", school);
        }
        routes.startOnce(null, ChainReviewActionProcess.ID, ChainReviewActionProcess.routeKey(id), vars);
        return id;
    }

    private void check(long reviewId, String description, String owner, LocalDate dueOn) {
        checkDescription(description);
        if (owner == null || owners(reviewId).stream().noneMatch(o -> o.username().equals(owner))) {
            throw new UserFacingException("chainreview.error.owner");
        }
        checkDue(dueOn);
    }

    private void checkDescription(String description) {
        if (ChainReviewMeeting.blank(description) || description.length() > MAX_DESCRIPTION) {
            throw new UserFacingException("chainreview.error.description", MAX_DESCRIPTION);
        }
    }

    private void checkDue(LocalDate dueOn) {
        LocalDate today = LocalDate.now(clock);
        if (dueOn == null || dueOn.isBefore(today) || dueOn.isAfter(today.plusYears(1))) {
            throw new UserFacingException("chainreview.error.due");
        }
    }
}
