package nl.aanwezig.chainreview.figures;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** What a review's own cases and pupils show, read for the rode-draad suggestions. */
@Repository
class SuggestionQueries {

    /** A factor group and in how many of the review's cases the SAT's latest analysis named it. */
    record FactorCount(String group, int cases) {
    }

    /**
     * Unauthorised absence minutes of one group: a weekday (1 Monday .. 7 Sunday) or a class (its name, school and
     * sector; null for pupils without a class); {@code total} the row of all.
     */
    record AbsenceRow(boolean total, Integer weekday, Long classId, String className, String school, String sector,
                      long minutes) {
    }

    private final JdbcTemplate jdbc;

    SuggestionQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    LocalDate preparedOn(long reviewId) {
        return jdbc.queryForObject("select prepared_on from chain_review where id = ?", LocalDate.class, reviewId);
    }

    int cases(long reviewId) {
        return jdbc.queryForObject("select count(*) from chain_review_item where review_id = ? and case_id is not null",
                Integer.class, reviewId);
    }

    /** Per factor group, the review's cases whose latest SAT analysis wrote down what is known of it. */
    List<FactorCount> factorGroups(long reviewId) {
        return jdbc.query("""
                with latest as (
                    select distinct on (a.case_id) a.case_id, a.factors from sat_analysis a
                    where a.case_id in (select case_id from chain_review_item where review_id = ? and case_id is not null)
                    order by a.case_id, a.created_at desc, a.id desc)
                select f.key, count(*) from latest l cross join jsonb_each(l.factors::jsonb) f
                where coalesce(btrim(f.value ->> 'known'), '') <> ''
                group by f.key order by count(*) desc, f.key""", (rs, i) -> new FactorCount(rs.getString(1),
                rs.getInt(2)), reviewId);
    }

    /**
     * The review's pupils' unauthorised absence from {@code from} to {@code to}, per weekday and per class, with the
     * total: one query (grouping sets).
     */
    List<AbsenceRow> absence(long reviewId, LocalDate from, LocalDate to) {
        List<AbsenceRow> rows = new ArrayList<>();
        jdbc.query("""
                select extract(isodow from d.lesson_date)::int, c.id, c.name, s.name, s.sector,
                       sum(d.unauthorised_absent_min), grouping(extract(isodow from d.lesson_date)), grouping(c.id)
                from attendance_day d join pupil p on p.id = d.pupil_id join school s on s.id = p.school_id
                left join school_class c on c.id = p.class_id
                where d.lesson_date between ? and ? and d.unauthorised_absent_min > 0
                  and d.pupil_id in (select rs.pupil_id from chain_review_item i
                                     join review_subject rs on rs.id = i.subject_id
                                     where i.review_id = ? and rs.pupil_id is not null)
                group by grouping sets ((extract(isodow from d.lesson_date)), (c.id, c.name, s.name, s.sector), ())""",
                rs -> {
                    boolean weekday = rs.getInt(7) == 0;
                    boolean klass = rs.getInt(8) == 0;
                    rows.add(new AbsenceRow(!weekday && !klass, weekday ? rs.getInt(1) : null, klass ? (Long) rs.getObject(2) : null,
                            klass ? rs.getString(3) : null, klass ? rs.getString(4) : null,
                            klass ? rs.getString(5) : null, rs.getLong(6)));
                }, Date.valueOf(from), Date.valueOf(to), reviewId);
        return rows;
    }

    /** The review's orange cases that have been orange for {@code weeks} weeks or more and have no plan. */
    int orangeWithoutPlan(long reviewId, int weeks) {
        return jdbc.queryForObject("""
                select count(*) from chain_review_item i join chain_review r on r.id = i.review_id
                where i.review_id = ? and i.stage = 'ORANGE_PLAN' and i.plan_on is null
                  and i.stage_since <= r.prepared_on - ?""", Integer.class, reviewId, weeks * 7);
    }

    /** The review's cases whose regievoerder was handed over at least {@code times} times. */
    int regievoerderChanged(long reviewId, int times) {
        return jdbc.queryForObject("""
                select count(*) from (select i.case_id from chain_review_item i
                                      join case_event e on e.case_id = i.case_id and e.type = 'REGIEVOERDER_HANDED_OVER'
                                      where i.review_id = ? group by i.case_id having count(*) >= ?) x""",
                Integer.class, reviewId, times);
    }
}
