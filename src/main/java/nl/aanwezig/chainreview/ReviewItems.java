package nl.aanwezig.chainreview;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.Period;
import java.util.Map;
import nl.aanwezig.attendance.figures.BandPolicy;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Writes a review's list, set-based: all items in one insert, then the previous review's outcome, the case facts and
 * the attendance trend each in one update over the review's items (a region has thousands of them).
 */
@Repository
class ReviewItems {

    private final JdbcTemplate jdbc;
    private final BandPolicy bands;

    ReviewItems(JdbcTemplate jdbc, BandPolicy bands) {
        this.jdbc = jdbc;
        this.bands = bands;
    }

    /** The items of the review, one per subject (subject id to candidate), with their snapshot as on the day. */
    void write(long reviewId, Map<Long, Candidate> bySubject, LocalDate on) {
        Long[] subjects = bySubject.keySet().toArray(Long[]::new);
        Long[] cases = bySubject.values().stream().map(c -> c.caseId).toArray(Long[]::new);
        Long[] pupils = bySubject.values().stream().map(c -> c.pupilId).toArray(Long[]::new);
        insert(reviewId, bySubject, on);
        lastOutcomes(reviewId, subjects);
        caseFacts(reviewId, subjects, cases);
        trends(reviewId, subjects, pupils, on);
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

    /**
     * An update over the review's items driven by arrays of their subjects (and cases, pupils): the planner knows their
     * length, and each item is reached by its key (review, subject), however fresh the table's statistics.
     */
    private void update(String sql, Object... args) {
        jdbc.update((Connection con) -> {
            PreparedStatement ps = con.prepareStatement(sql);
            for (int i = 0; i < args.length; i++) {
                if (args[i] instanceof Long[] ids) {
                    ps.setArray(i + 1, array(con, "bigint", ids));
                } else {
                    ps.setObject(i + 1, args[i]);
                }
            }
            return ps;
        });
    }

    /** What each subject's previous review answered and agreed, for this review to start from. */
    private void lastOutcomes(long reviewId, Long[] subjects) {
        update("""
                update chain_review_item i set last_review_outcome = x.outcome
                from (select distinct on (p.subject_id) p.subject_id,
                             concat_ws(' | ', nullif(p.good_things, ''), nullif(p.right_people, ''),
                                 (select string_agg(a.description || ' (' || a.owner || ', '
                                                    || to_char(a.due_on, 'DD-MM-YYYY') || ')', '; ' order by a.id)
                                  from chain_review_action a where a.item_id = p.id)) outcome
                      from chain_review_item p join chain_review r on r.id = p.review_id
                      where p.review_id <> ? and p.subject_id = any(?)
                      order by p.subject_id, r.prepared_at desc, r.id desc) x
                where i.review_id = ? and i.subject_id = x.subject_id
                  and btrim(x.outcome, E' \\t\\n\\r\\f') <> ''""", reviewId, subjects, reviewId);
    }

    /**
     * The case's own facts: its stage and since when, signal to plan, regievoerder, partners, consent, evaluations;
     * each read once for all the review's cases (grouped per case and joined), not once per item. Plans and
     * arrangements have no index by case (only on the active one), so they are grouped whole: one scan, whatever the
     * planner guesses of the review's size.
     */
    private void caseFacts(long reviewId, Long[] subjects, Long[] cases) {
        update("""
                with rc as materialized (select u.subject_id, c.* from unnest(?, ?) u (subject_id, case_id)
                                         join pupil_case c on c.id = u.case_id),
                     ev as (select e.case_id, max(e.occurred_at) occurred_at from case_event e
                            join rc on rc.id = e.case_id where e.type = 'STAGE_CHANGED' group by e.case_id),
                     pl as (select sp.case_id, min(sp.started_on) started_on from support_plan sp group by sp.case_id),
                     pa as (select cp.case_id, max(cp.organisation) filter (where cp.username = rc.regievoerder) org,
                                   string_agg(cp.role || coalesce(' (' || cp.organisation || ')', ''), ', '
                                              order by cp.role, cp.organisation) partners
                            from case_participant cp join rc on rc.id = cp.case_id group by cp.case_id),
                     co as (select distinct on (sc.case_id) sc.case_id,
                                   case when sc.withdrawn_on is null then 'GIVEN' else 'WITHDRAWN' end consent
                            from sharing_consent sc join rc on rc.id = sc.case_id order by sc.case_id, sc.id desc),
                     el as (select ev.case_id, max(ev.held_on) held_on from evaluation ev
                            join rc on rc.id = ev.case_id group by ev.case_id),
                     sn as (select distinct on (sp.case_id) sp.case_id, sp.next_evaluation from support_plan sp
                            where sp.status = 'ACTIVE' order by sp.case_id, sp.id desc),
                     an as (select distinct on (ca.case_id) ca.case_id, ca.next_evaluation from care_arrangement ca
                            where ca.status = 'ACTIVE' order by ca.case_id, ca.id desc)
                update chain_review_item i set stage = rc.stage,
                    stage_since = coalesce(ev.occurred_at, rc.opened_at)::date, first_signal_on = rc.opened_at::date,
                    plan_on = pl.started_on, regievoerder = rc.regievoerder, regievoerder_org = coalesce(pa.org, s.name),
                    partners = pa.partners, consent = coalesce(co.consent, 'NONE'), last_evaluation = el.held_on,
                    next_evaluation = coalesce(sn.next_evaluation, an.next_evaluation)
                from rc join school s on s.id = rc.school_id left join ev on ev.case_id = rc.id
                left join pl on pl.case_id = rc.id left join pa on pa.case_id = rc.id left join co on co.case_id = rc.id
                left join el on el.case_id = rc.id left join sn on sn.case_id = rc.id left join an on an.case_id = rc.id
                where i.review_id = ? and i.subject_id = rc.subject_id""", subjects, cases, reviewId);
    }

    /**
     * The last four weeks against the four before, and since the plan started (null where nothing was scheduled, or
     * the plan starts after the day), for every pupil of the review in one statement over the day figures.
     */
    private void trends(long reviewId, Long[] subjects, Long[] pupils, LocalDate on) {
        String day = literal(on);
        String recent = "ad.lesson_date between %s and %s".formatted(literal(on.minusDays(Preparation.TREND_DAYS - 1)), day);
        String previousFrom = literal(on.minusDays(2L * Preparation.TREND_DAYS - 1));
        String previous = "ad.lesson_date between %s and %s".formatted(previousFrom,
                literal(on.minusDays(Preparation.TREND_DAYS)));
        update("""
                with w as materialized (select u.subject_id, u.pupil_id,
                                               case when i.plan_on <= %1$s then i.plan_on end plan_on
                                        from unnest(?, ?) u (subject_id, pupil_id)
                                        join chain_review_item i on i.review_id = ? and i.subject_id = u.subject_id
                                        where u.pupil_id is not null),
                     m as (select w.subject_id, %3$s, %4$s, %5$s
                           from w join attendance_day ad on ad.pupil_id = w.pupil_id and ad.lesson_date <= %1$s
                            and ad.lesson_date >= least(%2$s, coalesce(w.plan_on, %2$s))
                           group by w.subject_id)
                update chain_review_item i set recent_pct = %6$s, previous_pct = %7$s, since_plan_pct = %8$s
                from w left join m on m.subject_id = w.subject_id
                where i.review_id = ? and i.subject_id = w.subject_id""".formatted(day, previousFrom,
                TrendSql.sums("r", recent), TrendSql.sums("p", previous), TrendSql.sums("s", "ad.lesson_date >= w.plan_on"),
                TrendSql.pct("r", bands.cutoffs()), TrendSql.pct("p", bands.cutoffs()), TrendSql.pct("s", bands.cutoffs())),
                subjects, pupils, reviewId, reviewId);
    }

    /** A day as an SQL date literal (from the clock, not from input). */
    private static String literal(LocalDate day) {
        return "date '" + day + "'";
    }
}
