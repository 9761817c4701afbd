package nl.aanwezig.attendance.signals;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import nl.aanwezig.attendance.signals.DataQualityIssue.Kind;
import nl.aanwezig.base.Messages;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Data quality of the absence-only route: absences as exported that count wrongly or nowhere. A "not an absence" code
 * used as an absence, absences on a day without lessons, on a lesson hour the bell schedule does not have, and a pupil
 * without any timetable. Set-based (one statement per check over the school's absences of the period, however many),
 * each finding stored once (unique index on school, kind, subject and date). The Dutch detail comes from the bundle
 * (keys {@code absquality.detail.*}, with {@code %1$s} placeholders that SQL's {@code format} fills).
 */
@Component
class AbsenceQualityChecks {

    /** Insert target; every check selects school, kind, subject, date, detail, moment. */
    private static final String INSERT = """
            insert into data_quality_issue (school_id, kind, subject, issue_date, detail, found_at)
            """;

    /**
     * The school's absences of the period with their pupil (parameters school, from, to). The pupils also as an array
     * on the key, so the absences are read by pupil: joined only, the planner read every school's absences of the
     * period by date, once per school (as the derivation once did with registrations).
     */
    private static final String ABSENCES = """
            absence_record a join pupil p on p.id = a.pupil_id
             and p.school_id = :school and a.lesson_date between :from and :to
             and a.pupil_id = any(array(select id from pupil where school_id = :school))""";

    /** A Dutch date as {@link Messages#date} writes it: 7-9-2026. */
    private static final String DUTCH_DATE = "'FMDD-FMMM-YYYY'";

    /**
     * The hours scheduled for the pupil-days of {@code pd(pupil_id, class_id, day, weekday)}: the pupil's own entries, or on days
     * none of their own is valid, their class's (as {@code LessonDerivation} derives lessons). The school's entries are
     * read once and hash-joined: probing them per pupil-day is many times slower on a year of absences. The pupil's
     * class comes with {@code pd}: joined to pupil inside, the planner paired every pupil-day with every entry of its
     * weekday first (2.8 million rows for one school's year at F=1, 3.6 of 5.6 s) and only then looked at the class.
     */
    private static final String SCHEDULED = scheduled("hour");

    /** The same for whole days, {@code scheduled(pupil_id, day)}: over distinct slots, a fraction of the entries. */
    private static final String SCHEDULED_DAYS = scheduled("null::varchar");

    private static String scheduled(String hour) {
        return """
            entries as materialized (
                select distinct pupil_id, class_id, weekday, %1$s as hour, valid_from, valid_to
                from timetable_entry where school_id = :school),
            own_days as materialized (
                select distinct pd.pupil_id, pd.day from pd join entries e on e.pupil_id = pd.pupil_id
                 and pd.day between e.valid_from and e.valid_to),
            scheduled as (
                select pd.pupil_id, pd.day, e.hour from pd join entries e on e.pupil_id = pd.pupil_id
                 and e.weekday = pd.weekday and pd.day between e.valid_from and e.valid_to
                union
                select pd.pupil_id, pd.day, e.hour from pd
                join entries e on e.class_id = pd.class_id and e.weekday = pd.weekday
                 and pd.day between e.valid_from and e.valid_to
                where not exists (select 1 from own_days o where o.pupil_id = pd.pupil_id and o.day = pd.day))"""
                .formatted(hour);
    }

    /**
     * Whether the pupil {@code p} has any timetable entry (own or class) overlapping the period; two probes, so each
     * uses its index (an {@code or} would scan the school's entries per row).
     */
    private static final String HAS_TIMETABLE = """
            (exists (select 1 from timetable_entry e where e.pupil_id = p.id
                     and e.valid_from <= :to and e.valid_to >= :from)
             or exists (select 1 from timetable_entry e where e.class_id = p.class_id
                        and e.valid_from <= :to and e.valid_to >= :from))""";

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    AbsenceQualityChecks(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = new NamedParameterJdbcTemplate(jdbc);
        this.clock = clock;
    }

    /** Runs the four checks on the school's absences of {@code from..to}; returns how many new findings were stored. */
    int detect(long schoolId, LocalDate from, LocalDate to) {
        MapSqlParameterSource params = new MapSqlParameterSource().addValue("school", schoolId)
                .addValue("from", Date.valueOf(from)).addValue("to", Date.valueOf(to))
                .addValue("now", Timestamp.from(clock.instant()));
        return minutesOnNoAbsenceCode(params) + noAbsenceAllDay(params) + daysWithoutLessons(params)
                + hoursOutsideSchedule(params) + pupilsWithoutTimetable(params);
    }

    /** A "not an absence" code with minutes late: lateness hidden behind a code that counts as nothing. */
    private int minutesOnNoAbsenceCode(MapSqlParameterSource params) {
        return insert(Kind.NOT_AN_ABSENCE_AS_ABSENCE, "absquality.detail.minutesOnNoAbsence", params, """
                select p.school_id, :kind, p.leerling, a.lesson_date,
                       left(format(:detail, string_agg(distinct c.code, ', ')), 300), :now
                from %s
                join absence_code c on c.school_id = p.school_id and c.code_key = a.code_key and c.status = 'geen'
                where a.minutes_late is not null
                group by p.school_id, p.leerling, a.lesson_date""".formatted(ABSENCES));
    }

    /** A "not an absence" code on every scheduled lesson of a school day: the pupil was away all day. */
    private int noAbsenceAllDay(MapSqlParameterSource params) {
        return insert(Kind.NOT_AN_ABSENCE_AS_ABSENCE, "absquality.detail.noAbsenceAllDay", params, """
                with geen as materialized (
                    select a.pupil_id, p.class_id, a.lesson_date as day, a.hour, c.code from %s
                    join absence_code c on c.school_id = p.school_id and c.code_key = a.code_key and c.status = 'geen'),
                pd as materialized (
                    select distinct g.pupil_id, g.class_id, g.day, extract(isodow from g.day)::int as weekday from geen g
                    where not exists (select 1 from school_calendar_period k
                                      where k.school_id = :school and g.day between k.first_day and k.last_day)),
                %s
                select p.school_id, :kind, p.leerling, s.day,
                       left(format(:detail, string_agg(distinct g.code, ', ')), 300), :now
                from scheduled s join pupil p on p.id = s.pupil_id
                left join geen g on g.pupil_id = s.pupil_id and g.day = s.day and g.hour = s.hour
                group by p.school_id, p.leerling, s.day
                having count(*) = count(g.hour)""".formatted(ABSENCES, SCHEDULED));
    }

    /**
     * Absences on a day without a scheduled lesson (no entry for that weekday and date, or a holiday or study day):
     * they count nowhere. A pupil without any timetable in the period is one finding of its own, not one per day.
     */
    private int daysWithoutLessons(MapSqlParameterSource params) {
        params.addValue("holiday", Messages.nl("absquality.detail.holiday", "%1$s", "%2$s"));
        return insert(Kind.ABSENCES_WITHOUT_TIMETABLE, "absquality.detail.noLessons", params, """
                with pd as materialized (
                    select a.pupil_id, p.class_id, a.lesson_date as day, extract(isodow from a.lesson_date)::int as weekday,
                           string_agg(a.hour, ', ' order by a.hour) as hours
                    from %s
                    group by a.pupil_id, p.class_id, a.lesson_date),
                -- the school's holidays read once: probed per pupil-day, they were a scan each (1.3 s at F=1)
                cal as materialized (
                    select first_day, last_day, name from school_calendar_period where school_id = :school),
                %s
                select p.school_id, :kind, p.leerling, pd.day,
                       left(case when k.name is null then format(:detail, pd.hours)
                                 else format(:holiday, pd.hours, k.name) end, 300), :now
                from pd join pupil p on p.id = pd.pupil_id
                left join lateral (select min(c.name) as name from cal c
                                   where pd.day between c.first_day and c.last_day) k on true
                where (k.name is not null
                       or not exists (select 1 from scheduled s where s.pupil_id = pd.pupil_id and s.day = pd.day))
                  and %s""".formatted(ABSENCES, SCHEDULED_DAYS, HAS_TIMETABLE));
    }

    /** An absence on an hour the bell schedule does not have on that weekday: no lesson to put it on. */
    private int hoursOutsideSchedule(MapSqlParameterSource params) {
        return insert(Kind.HOUR_OUTSIDE_SCHEDULE, "absquality.detail.hourOutside", params, """
                select p.school_id, :kind, p.leerling, a.lesson_date,
                       left(format(:detail, string_agg(distinct a.hour, ', ')), 300), :now
                from %s
                where not exists (select 1 from lesson_hour h where h.school_id = p.school_id
                                  and h.weekday = extract(isodow from a.lesson_date)::int and h.hour = a.hour)
                group by p.school_id, p.leerling, a.lesson_date""".formatted(ABSENCES));
    }

    /** A pupil with absences in the period but no timetable entry (own or class) overlapping it: nothing counts. */
    private int pupilsWithoutTimetable(MapSqlParameterSource params) {
        return insert(Kind.PUPIL_WITHOUT_TIMETABLE, "absquality.detail.noTimetable", params, """
                with pa as materialized (
                    select a.pupil_id, count(*) as n, min(a.lesson_date) as first, max(a.lesson_date) as last
                    from %s group by a.pupil_id)
                select p.school_id, :kind, p.leerling, null::date,
                       left(format(:detail, pa.n, to_char(pa.first, %s), to_char(pa.last, %s)), 300), :now
                from pa join pupil p on p.id = pa.pupil_id
                where not %s""".formatted(ABSENCES, DUTCH_DATE, DUTCH_DATE, HAS_TIMETABLE));
    }

    /** The Dutch detail's {0}, {1}, {2} become SQL format's %1$s, %2$s, %3$s. */
    private int insert(Kind kind, String detailKey, MapSqlParameterSource params, String select) {
        params.addValue("kind", kind.name())
                .addValue("detail", Messages.nl(detailKey, "%1$s", "%2$s", "%3$s"));
        return jdbc.update(INSERT + select + "\non conflict do nothing", params);
    }
}
