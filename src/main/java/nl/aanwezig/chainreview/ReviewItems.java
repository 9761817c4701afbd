package nl.aanwezig.chainreview;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.Period;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Writes a review's list, set-based: all items in one insert, then the previous review's outcome, the case facts and
 * the attendance trend each in one update over the review's items (a region has thousands of them).
 */
@Repository
class ReviewItems {

    private final JdbcTemplate jdbc;

    ReviewItems(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The items of the review, one per subject (subject id to candidate), with their snapshot as on the day. */
    void write(long reviewId, Map<Long, Candidate> bySubject, LocalDate on) {
        insert(reviewId, bySubject, on);
        lastOutcomes(reviewId);
        caseFacts(reviewId);
        trends(reviewId, on);
    }

    private void insert(long reviewId, Map<Long, Candidate> bySubject, LocalDate on) {
        int n = bySubject.size();
        Long[] subjects = new Long[n];
        Long[] cases = new Long[n];
        Long[] schools = new Long[n];
        String[] reasons = new String[n];
        String[] categories = new String[n];
        String[] sectors = new String[n];
        Integer[] ages = new Integer[n];
        int k = 0;
        for (Map.Entry<Long, Candidate> e : bySubject.entrySet()) {
            Candidate c = e.getValue();
            subjects[k] = e.getKey();
            cases[k] = c.caseId;
            schools[k] = c.schoolId;
            reasons[k] = c.reasonList();
            categories[k] = c.category == null ? null : c.category.code();
            sectors[k] = c.sector;
            ages[k++] = Period.between(c.birthDate, on).getYears();
        }
        jdbc.update((Connection con) -> {
            PreparedStatement ps = con.prepareStatement("""
                    insert into chain_review_item (review_id, subject_id, case_id, school_id, reasons, category, sector,
                                                   age)
                    select ?, u.subject, u.case_id, u.school, u.reasons, u.category, u.sector, u.age
                    from unnest(?::bigint[], ?::bigint[], ?::bigint[], ?::text[], ?::text[], ?::text[], ?::int[])
                         with ordinality u (subject, case_id, school, reasons, category, sector, age, n)
                    order by u.n""");
            ps.setLong(1, reviewId);
            ps.setArray(2, array(con, "bigint", subjects));
            ps.setArray(3, array(con, "bigint", cases));
            ps.setArray(4, array(con, "bigint", schools));
            ps.setArray(5, array(con, "text", reasons));
            ps.setArray(6, array(con, "text", categories));
            ps.setArray(7, array(con, "text", sectors));
            ps.setArray(8, array(con, "int", ages));
            return ps;
        });
    }

    private static Array array(Connection con, String type, Object[] values) throws SQLException {
        return con.createArrayOf(type, values);
    }

    /** What each subject's previous review answered and agreed, for this review to start from. */
    private void lastOutcomes(long reviewId) {
        jdbc.update("""
                update chain_review_item i set last_review_outcome = x.outcome
                from (select distinct on (p.subject_id) p.subject_id,
                             concat_ws(' | ', nullif(p.good_things, ''), nullif(p.right_people, ''),
                                 (select string_agg(a.description || ' (' || a.owner || ', '
                                                    || to_char(a.due_on, 'DD-MM-YYYY') || ')', '; ' order by a.id)
                                  from chain_review_action a where a.item_id = p.id)) outcome
                      from chain_review_item p join chain_review r on r.id = p.review_id
                      where p.review_id <> ?
                        and p.subject_id in (select subject_id from chain_review_item where review_id = ?)
                      order by p.subject_id, r.prepared_at desc, r.id desc) x
                where i.review_id = ? and i.subject_id = x.subject_id
                  and btrim(x.outcome, E' \\t\\n\\r\\f') <> ''""", reviewId, reviewId, reviewId);
    }

    /** The case's own facts: its stage and since when, signal to plan, regievoerder, partners, consent, evaluations. */
    private void caseFacts(long reviewId) {
        jdbc.update("""
                with plans as (select sp.case_id, min(sp.started_on) started_on from support_plan sp
                               where sp.case_id in (select case_id from chain_review_item where review_id = ?)
                               group by sp.case_id)
                update chain_review_item i set stage = c.stage,
                    stage_since = coalesce((select max(e.occurred_at) from case_event e where e.case_id = c.id
                                            and e.type = 'STAGE_CHANGED'), c.opened_at)::date,
                    first_signal_on = c.opened_at::date,
                    plan_on = (select pl.started_on from plans pl where pl.case_id = c.id),
                    regievoerder = c.regievoerder,
                    regievoerder_org = coalesce((select cp.organisation from case_participant cp
                                                 where cp.case_id = c.id and cp.username = c.regievoerder),
                                                (select s.name from school s where s.id = c.school_id)),
                    partners = (select string_agg(cp.role || coalesce(' (' || cp.organisation || ')', ''), ', '
                                                  order by cp.role, cp.organisation)
                                from case_participant cp where cp.case_id = c.id),
                    consent = coalesce((select case when sc.withdrawn_on is null then 'GIVEN' else 'WITHDRAWN' end
                                        from sharing_consent sc where sc.case_id = c.id order by sc.id desc limit 1),
                                       'NONE'),
                    last_evaluation = (select max(ev.held_on) from evaluation ev where ev.case_id = c.id),
                    next_evaluation = coalesce(
                        (select sp.next_evaluation from support_plan sp where sp.case_id = c.id and sp.status = 'ACTIVE'
                         order by sp.id desc limit 1),
                        (select ca.next_evaluation from care_arrangement ca where ca.case_id = c.id
                         and ca.status = 'ACTIVE' order by ca.id desc limit 1))
                from pupil_case c where i.review_id = ? and c.id = i.case_id""", reviewId, reviewId);
    }

    /**
     * The last four weeks against the four before, and since the plan started (null where nothing was scheduled, or
     * the plan starts after the day), for every pupil of the review in one statement over the day figures.
     */
    private void trends(long reviewId, LocalDate on) {
        String day = literal(on);
        String recent = "ad.lesson_date between %s and %s".formatted(literal(on.minusDays(Preparation.TREND_DAYS - 1)), day);
        String previousFrom = literal(on.minusDays(2L * Preparation.TREND_DAYS - 1));
        String previous = "ad.lesson_date between %s and %s".formatted(previousFrom,
                literal(on.minusDays(Preparation.TREND_DAYS)));
        jdbc.update("""
                with w as (select i.id, rs.pupil_id, case when i.plan_on <= %1$s then i.plan_on end plan_on
                           from chain_review_item i join review_subject rs on rs.id = i.subject_id
                           where i.review_id = ? and rs.pupil_id is not null),
                     m as (select w.id, %3$s, %4$s, %5$s
                           from w join attendance_day ad on ad.pupil_id = w.pupil_id and ad.lesson_date <= %1$s
                            and ad.lesson_date >= least(%2$s, coalesce(w.plan_on, %2$s))
                           group by w.id)
                update chain_review_item i set recent_pct = %6$s, previous_pct = %7$s, since_plan_pct = %8$s
                from w left join m on m.id = w.id where i.id = w.id""".formatted(day, previousFrom,
                TrendSql.sums("r", recent), TrendSql.sums("p", previous), TrendSql.sums("s", "ad.lesson_date >= w.plan_on"),
                TrendSql.pct("r"), TrendSql.pct("p"), TrendSql.pct("s")), reviewId);
    }

    /** A day as an SQL date literal (from the clock, not from input). */
    private static String literal(LocalDate day) {
        return "date '" + day + "'";
    }
}
