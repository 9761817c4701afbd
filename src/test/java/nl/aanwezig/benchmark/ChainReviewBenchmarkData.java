package nl.aanwezig.benchmark;

import java.sql.Date;
import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The chain review benchmark's region, inserted set-based. Pupil {@code g} (leerling "bk" + g) goes to school g % 40
 * (even schools VO, odd PO). Pupils 0..1999 have an open case (every third red, the rest orange; four in five a
 * support plan, seven in ten participants, one in ten with the chair); pupils 1900..2199 are thuiszitters (one in ten
 * a 5 sub a exemption, the rest an LRV signal 4 to 52 weeks old, attending little); pupils 2200..2219 had an LRV signal
 * but attend fully again; every pupil has 8 weeks of attendance_day rows.
 */
final class ChainReviewBenchmarkData {

    private ChainReviewBenchmarkData() {
    }

    static long seed(JdbcTemplate jdbc, LocalDate today) {
        Date on = Date.valueOf(today);
        long region = jdbc.queryForObject("insert into region (name) values ('Benchmark-regio keten') returning id",
                Long.class);
        jdbc.update("""
                insert into school (brin, name, sector, region_id)
                select 'BK' || lpad(s::text, 2, '0'), 'Benchmarkschool keten ' || s,
                       case when s % 2 = 0 then 'VO' else 'PO' end, ?
                from generate_series(0, ? - 1) s""", region, ChainReviewBenchmark.SCHOOLS);
        jdbc.update("""
                insert into staff_account (username, display_name, password_hash, role, region_id) values
                ('bk-swv', 'Benchmark voorzitter', '{noop}x', 'SWV', ?),
                ('bk-lp', 'Benchmark leerplicht', '{noop}x', 'LEERPLICHT', ?)""", region, region);
        jdbc.update("""
                insert into staff_account (username, display_name, password_hash, role, school_id)
                select 'bk-oc-' || substr(brin, 3), 'OC ' || name, '{noop}x', 'OC', id from school where region_id = ?""",
                region);
        jdbc.update("""
                insert into pupil (school_id, leerling, first_name, last_name, birth_date, sector)
                select s.id, 'bk' || g, 'Leerling', 'Keten ' || g,
                       case when s.sector = 'VO' then date '2010-10-01' + g % 1400 else date '2014-10-01' + g % 2000 end,
                       s.sector
                from generate_series(0, ? - 1) g join school s on s.brin = 'BK' || lpad((g % 40)::text, 2, '0')""",
                ChainReviewBenchmark.PUPILS);
        String pupils = """
                with bp as (select p.id, p.school_id, substr(p.leerling, 3)::int g, substr(s.brin, 3) nr, s.name school
                            from pupil p join school s on s.id = p.school_id
                            where s.region_id = %d and p.leerling like 'bk%%')
                """.formatted(region);
        jdbc.update(pupils + """
                insert into pupil_case (pupil_id, school_id, status, stage, opened_at, regievoerder)
                select id, school_id, 'OPEN', case when g % 3 = 0 then 'RED_ARRANGEMENT' else 'ORANGE_PLAN' end,
                       (?::date - 35 - g % 300)::timestamptz + interval '9 hours',
                       case when g % 2 = 0 then 'bk-oc-' || nr end
                from bp where g < ? order by g""", on, ChainReviewBenchmark.CASES);
        String cases = pupils + ", bc as (select c.id case_id, bp.* from pupil_case c join bp on bp.id = c.pupil_id)\n";
        jdbc.update(cases + """
                insert into support_plan (case_id, school_id, status, started_on, evaluation_weeks, next_evaluation,
                                          agreed, created_by, created_at, updated_by, updated_at)
                select case_id, school_id, 'ACTIVE', ?::date - 7 - g % 60, 6, ?::date + g % 40, 'Afspraken',
                       'bk-oc-' || nr, now(), 'bk-oc-' || nr, now()
                from bc where g % 5 <> 0""", on, on);
        jdbc.update(cases + """
                insert into care_arrangement (case_id, school_id, status, care_provider, education_where,
                    education_hours, starts_on, funded_by, evaluation_weeks, next_evaluation, created_by, created_at,
                    updated_by, updated_at)
                select case_id, school_id, 'ACTIVE', 'Zorgaanbieder', 'Dagbesteding', 8, ?::date - g % 90, 'JEUGDWET',
                       6, ?::date + g % 30, 'bk-oc-' || nr, now(), 'bk-oc-' || nr, now()
                from bc where g % 6 = 3""", on, on);
        jdbc.update(cases + """
                insert into case_participant (case_id, username, role, added_at, organisation)
                select case_id, 'bk-oc-' || nr, 'OC', now(), school from bc where g % 10 < 7
                union all select case_id, 'bk-lp', 'LEERPLICHT', now(), 'Gemeente Benchmark' from bc where g % 10 < 4
                union all select case_id, 'bk-swv', 'SWV', now(), 'Samenwerkingsverband' from bc where g % 10 = 1""");
        int to = ChainReviewBenchmark.THUIS_FROM + ChainReviewBenchmark.THUIS;
        jdbc.update(pupils + """
                insert into signal (school_id, pupil_id, type, start_date, end_date, detail, created_at)
                select school_id, id, 'LRV', ?::date - 28 - (g * 7) % 337, ?::date - (g * 7) % 337,
                       'langdurig relatief verzuim', now()
                from bp where (g >= ? and g < ? and g % 10 <> 0) or (g >= ? and g < ? + 20)""", on, on,
                ChainReviewBenchmark.THUIS_FROM, to, to, to);
        jdbc.update(pupils + """
                insert into exemption (pupil_id, school_id, notice_date, given_by, leerplicht, outcome, period_kind,
                                       valid_from, valid_to, registered_at)
                select id, school_id, ?::date - 120, 'Ouders', 'bk-lp', 'GRANTED', 'SCHOOL_YEAR', ?::date - 100,
                       ?::date + 200, now()
                from bp where g >= ? and g < ? and g % 10 = 0""", on, on, on, ChainReviewBenchmark.THUIS_FROM, to);
        jdbc.update("""
                insert into absolute_absence (region_id, first_name, last_name, birth_date, since, action, created_by,
                                              created_at)
                select ?, 'Nergens', 'Ingeschreven ' || a, date '2012-01-01' + a * 40, ?::date - 30 - a * 9,
                       'Huisbezoek', 'bk-lp', now()
                from generate_series(1, ?) a""", region, on, ChainReviewBenchmark.ABSOLUTE);
        attendance(jdbc, pupils, on, to);
        return region;
    }

    /** Weekdays of the last 8 weeks, 300 minutes a day: cases attend 120 to 300, thuiszitters 0 to 150, the rest most. */
    private static void attendance(JdbcTemplate jdbc, String pupils, Date on, int thuisTo) {
        jdbc.update(pupils + """
                insert into attendance_day (pupil_id, lesson_date, school_id, scheduled_min, present_min,
                    authorised_absent_min, unauthorised_absent_min, late_count, late_min, sick)
                select id, d::date, school_id, 300, x.present, 0, 300 - x.present, 0, 0, false
                from bp cross join generate_series(?::date - 7 * ? + 1, ?::date, interval '1 day') d
                cross join lateral (select case
                    when g >= ? and g < ? then ((g + extract(doy from d)::int) % 4) * 50
                    when g < ? then 300 - ((g * 31 + extract(doy from d)::int) % 7) * 30
                    when g >= ? and g < ? + 20 then 300
                    when (g + extract(doy from d)::int) % 17 = 0 then 250 else 300 end present) x
                where extract(isodow from d) < 6""", on, ChainReviewBenchmark.WEEKS, on,
                ChainReviewBenchmark.THUIS_FROM, thuisTo, ChainReviewBenchmark.THUIS_FROM, thuisTo, thuisTo);
    }
}
