package nl.aanwezig.chainreview;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.aanwezig.base.DisplayNames;
import nl.aanwezig.security.AuditLog;
import nl.aanwezig.security.CurrentUser;
import nl.aanwezig.security.CurrentUsers;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads a region's chain reviews for the user, pseudonymised as {@link ReviewAccess} says; every opening is audited. */
@Service
public class ChainReviews {

    public static final String VIEWED = "CHAIN_REVIEW_VIEWED";

    private final JdbcTemplate jdbc;
    private final ReviewAccess access;
    private final CurrentUsers users;
    private final AuditLog audit;
    private final DisplayNames names;
    private final ReviewParts parts;
    private final ReviewTasks tasks;

    ChainReviews(JdbcTemplate jdbc, ReviewAccess access, CurrentUsers users, AuditLog audit, DisplayNames names,
                 ReviewParts parts, ReviewTasks tasks) {
        this.jdbc = jdbc;
        this.access = access;
        this.users = users;
        this.audit = audit;
        this.names = names;
        this.parts = parts;
        this.tasks = tasks;
    }

    public record RegionRef(long id, String name) {
    }

    /** The regions whose reviews the user takes part in. */
    public List<RegionRef> myRegions() {
        CurrentUser user = users.require();
        return jdbc.query("select id, name from region order by name", (rs, i) -> new RegionRef(rs.getLong(1),
                rs.getString(2))).stream().filter(r -> access.takesPart(user, r.id())).toList();
    }

    /** The region's reviews, newest first. */
    public List<ReviewView.Summary> list(long regionId) {
        access.checkTakesPart(users.require(), regionId, "list");
        return jdbc.query(SUMMARY + " where r.region_id = ? order by r.prepared_at desc", ChainReviews::summary, regionId);
    }

    public record SchoolRef(long id, String name) {
    }

    /** The schools of the review's list (those a rode-draad recommendation can go to), by name. */
    public List<SchoolRef> schools(long reviewId) {
        access.checkTakesPart(users.require(), regionOf(reviewId), "schools of review " + reviewId);
        return jdbc.query("""
                select distinct s.id, s.name from chain_review_item i join school s on s.id = i.school_id
                where i.review_id = ? order by s.name""", (rs, i) -> new SchoolRef(rs.getLong(1), rs.getString(2)),
                reviewId);
    }

    /** The review of one of the user's own open review tasks (the chair's, an action's); someone else's is refused. */
    public long reviewOfTask(long taskId) {
        return tasks.mine(taskId, users.require()).reviewId();
    }

    /** The review's region, or 404 in Dutch when there is no such review. */
    public long regionOf(long reviewId) {
        return access.regionOfReview(reviewId);
    }

    /** The review as the user may see it. */
    @Transactional(readOnly = true)
    public ReviewView view(long reviewId) {
        CurrentUser user = users.require();
        long regionId = regionOf(reviewId);
        access.checkTakesPart(user, regionId, "open review " + reviewId);
        ReviewView.Summary summary = jdbc.queryForObject(SUMMARY + " where r.id = ?", ChainReviews::summary, reviewId);
        Map<String, Object> head = jdbc.queryForMap(
                "select chair, purpose, legal_ground, shared from chain_review where id = ?", reviewId);
        List<Long> namedPupils = new java.util.ArrayList<>();
        List<ReviewView.Item> items = items(user, reviewId, namedPupils);
        audit.record(user, null, VIEWED, true, "review " + reviewId + " (" + summary.quarter() + "), named "
                + items.stream().filter(ReviewView.Item::named).count() + " of " + items.size());
        // a pupil seen by name is in that pupil's own access log too
        audit.recordReads(user, namedPupils, VIEWED, "review " + reviewId);
        String chair = (String) head.get("chair");
        Map<Long, String> labels = items.stream().collect(Collectors.toMap(ReviewView.Item::id, ReviewView.Item::label));
        boolean chairs = access.chairs(user, regionId, chair);
        return new ReviewView(summary, chair, chair == null ? null : names.of(chair), (String) head.get("purpose"),
                (String) head.get("legal_ground"), (String) head.get("shared"), parts.attendees(reviewId), items,
                parts.themes(reviewId), parts.actions(reviewId, labels), parts.additions(reviewId), chairs);
    }

    private List<ReviewView.Item> items(CurrentUser user, long reviewId, List<Long> namedPupils) {
        java.util.Set<Long> ownCases = access.casesTakenPartIn(user, reviewId);
        return jdbc.query("""
                select i.*, rs.pseudonym, rs.pupil_id, rs.absolute_absence_id, s.name school_name, r.prepared_on,
                       coalesce(p.first_name, a.first_name) first_name, coalesce(p.last_name, a.last_name) last_name,
                       t.since thuis_since
                from chain_review_item i join chain_review r on r.id = i.review_id
                join review_subject rs on rs.id = i.subject_id left join pupil p on p.id = rs.pupil_id
                left join absolute_absence a on a.id = rs.absolute_absence_id left join school s on s.id = i.school_id
                left join thuiszitter t on t.subject_id = rs.id
                where i.review_id = ?
                order by case i.category when '2B' then 0 when 'ABS' then 1 when '2A' then 2 when '5A' then 4 else 3 end,
                         s.name nulls last, rs.pseudonym""", (rs, i) -> {
            ReviewView.Item item = item(user, rs, ownCases);
            if (item.named() && rs.getObject("pupil_id") != null) {
                namedPupils.add(rs.getLong("pupil_id"));
            }
            return item;
        }, reviewId);
    }

    private ReviewView.Item item(CurrentUser user, ResultSet rs, java.util.Set<Long> ownCases) throws SQLException {
        Long caseId = (Long) rs.getObject("case_id");
        Long schoolId = (Long) rs.getObject("school_id");
        boolean named = access.seesName(user, schoolId, caseId, rs.getObject("absolute_absence_id") != null,
                ownCases);
        String pseudonym = rs.getString("pseudonym");
        LocalDate prepared = rs.getDate("prepared_on").toLocalDate();
        LocalDate signal = date(rs, "first_signal_on");
        LocalDate plan = date(rs, "plan_on");
        String regievoerder = rs.getString("regievoerder");
        return new ReviewView.Item(rs.getLong("id"),
                named ? rs.getString("first_name") + " " + rs.getString("last_name") : "Leerling " + pseudonym, named,
                pseudonym, named ? caseId : null, rs.getString("school_name"), rs.getString("sector"),
                (Integer) rs.getObject("age"), Arrays.asList(rs.getString("reasons").split(",")),
                rs.getString("category"), date(rs, "thuis_since"), rs.getString("stage"), date(rs, "stage_since"), signal,
                signal == null ? null : ChronoUnit.DAYS.between(signal, prepared),
                signal == null || plan == null ? null : daysToPlan(signal, plan),
                rs.getBigDecimal("recent_pct"), rs.getBigDecimal("previous_pct"), rs.getBigDecimal("since_plan_pct"),
                regievoerder == null ? null : names.of(regievoerder), rs.getString("regievoerder_org"),
                rs.getString("partners"), rs.getString("consent"), date(rs, "last_evaluation"),
                date(rs, "next_evaluation"), rs.getString("last_review_outcome"), rs.getString("good_things"),
                rs.getString("right_people"));
    }

    /** A plan dated from before the case was opened (the school had started it already) counts as at once. */
    private static long daysToPlan(LocalDate signal, LocalDate plan) {
        return Math.max(0, ChronoUnit.DAYS.between(signal, plan));
    }

    static final String SUMMARY = """
            select r.id, r.region_id, g.name, r.quarter, r.prepared_on, r.meeting_on, r.state,
                   (select count(*) from chain_review_item i where i.review_id = r.id) items,
                   (select count(*) from chain_review_item i where i.review_id = r.id and i.category is not null) thuis
            from chain_review r join region g on g.id = r.region_id""";

    static ReviewView.Summary summary(ResultSet rs, int row) throws SQLException {
        return new ReviewView.Summary(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                rs.getDate(5).toLocalDate(), rs.getDate(6) == null ? null : rs.getDate(6).toLocalDate(),
                rs.getString(7), rs.getInt(8), rs.getInt(9));
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        java.sql.Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }
}
