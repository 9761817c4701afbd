package nl.aanwezig.attendance.importing;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.aanwezig.attendance.RegistrationsImported;
import nl.aanwezig.attendance.figures.Period;
import nl.aanwezig.school.SchoolCalendarChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The absence-only route's registrations: for every pupil of the school, every lesson of their timetable (their own
 * where they have one, else their class's) on every school day (the calendar's holidays and study days excluded) of a
 * period an absence export covered, is a registration; the absence exported for that lesson decides what it is
 * (through the school's code list), and a lesson without one is present. So the figures, bands and signals are those
 * of the per-lesson file of the same facts, computed by the same code.
 *
 * <p>Only the difference is written, so deriving again changes nothing; runs in the caller's transaction.
 */
@Component
class LessonDerivation {

    private static final String COLUMNS = "pupil_id, lesson_date, start_time, end_time, status, reason, minutes_late";

    /**
     * Parameters: from, to, school (calendar), school (entries), school (pupils), school (hours), school, school (codes).
     * {@code union all}: a pupil's own lessons and their class's never meet (the class's do not apply on the own
     * timetable's days); a lesson twice in the timetable file gives a row twice, which the insert's {@code on conflict}
     * writes once (and then the table is not "exactly the rows written", see {@link #derive}).
     */
    private static final String DERIVED = """
            create temp table derived_registration on commit drop as
            with days as materialized (
                select d::date as day, extract(isodow from d)::int as weekday
                from generate_series(?::date, ?::date, interval '1 day') d
                where not exists (select 1 from school_calendar_period c
                                  where c.school_id = ? and d::date between c.first_day and c.last_day)),
            entries as materialized (select * from timetable_entry where school_id = ?),
            own_days as materialized (
                select distinct e.pupil_id, d.day from entries e join days d on d.day between e.valid_from and e.valid_to
                where e.pupil_id is not null),
            scheduled as (
                select e.pupil_id, d.day, d.weekday, e.hour
                from entries e join days d on d.weekday = e.weekday and d.day between e.valid_from and e.valid_to
                where e.pupil_id is not null
                union all
                select p.id, d.day, d.weekday, e.hour
                from entries e join pupil p on p.class_id = e.class_id and p.school_id = ?
                join days d on d.weekday = e.weekday and d.day between e.valid_from and e.valid_to
                where e.class_id is not null
                  and not exists (select 1 from own_days o where o.pupil_id = p.id and o.day = d.day))
            select s.pupil_id, s.day as lesson_date, h.start_time, h.end_time,
                   case c.status when 'afwezig' then 'afwezig' when 'te_laat' then 'te_laat' else 'aanwezig' end::varchar(10)
                       as status,
                   c.reason,
                   (case when c.status = 'te_laat' then least(coalesce(a.minutes_late, sc.default_minutes_late),
                        date_part('epoch', h.end_time - h.start_time)::int / 60 - 1) else 0 end)::int as minutes_late
            from scheduled s
            join lesson_hour h on h.school_id = ? and h.weekday = s.weekday and h.hour = s.hour
            join school sc on sc.id = ?
            left join absence_record a on a.pupil_id = s.pupil_id and a.lesson_date = s.day and a.hour = s.hour
            left join absence_code c on c.school_id = ? and c.code_key = a.code_key""";

    /**
     * Stored registrations of the school's pupils in the period that the derivation does not give (or not so). The
     * pupils are an array, so the scan is by pupil on the primary key: joined to pupil, the planner scanned every
     * school's registrations of the period by date whenever its statistics did not know the dates yet (a new school
     * year, or the rows of the same transaction), which made a region's year quadratic (benchmark: 2 to 5 s a school).
     */
    private static final String REMOVE_OTHERS = """
            delete from registration r
            where r.pupil_id = any(array(select id from pupil where school_id = ?)) and r.lesson_date between ? and ?
              and not exists (select 1 from derived_registration d
                              where d.pupil_id = r.pupil_id and d.lesson_date = r.lesson_date
                                and d.start_time = r.start_time and d.end_time = r.end_time and d.status = r.status
                                and d.reason is not distinct from r.reason and d.minutes_late = r.minutes_late)""";

    /** The period's registered lessons, and those of them that the derivation does not give at all. */
    private static final String LESSONS_GONE = """
            select count(*), count(*) filter (where not exists (
                       select 1 from derived_registration d
                       where d.pupil_id = r.pupil_id and d.lesson_date = r.lesson_date and d.start_time = r.start_time))
            from registration r
            where r.pupil_id = any(array(select id from pupil where school_id = ?)) and r.lesson_date between ? and ?""";

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LessonDerivation(JdbcTemplate jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Derives the school's registrations for {@code from..to} (days after today are never derived: a lesson that has
     * not happened is not present) and publishes {@link RegistrationsImported} when any changed.
     *
     * @return registrations written or removed
     */
    int derive(long schoolId, LocalDate from, LocalDate to) {
        return derive(schoolId, from, to, false).changed();
    }

    /**
     * As {@link #derive(long, LocalDate, LocalDate)}; with {@code countLessons} it also counts, before writing, the
     * registered lessons of the period and those the derivation does not give at all (not a changed status: gone), so
     * an import can ask before it removes many.
     */
    Derived derive(long schoolId, LocalDate from, LocalDate to, boolean countLessons) {
        LocalDate today = LocalDate.now(clock);
        LocalDate last = to.isAfter(today) ? today : to;
        if (last.isBefore(from)) {
            return new Derived(0, 0, 0);
        }
        jdbc.execute("drop table if exists derived_registration");
        Date first = Date.valueOf(from);
        Date end = Date.valueOf(last);
        jdbc.update(DERIVED, first, end, schoolId, schoolId, schoolId, schoolId, schoolId, schoolId);
        int[] lessons = countLessons ? jdbc.queryForObject(LESSONS_GONE, (rs, i) -> new int[] {rs.getInt(1), rs.getInt(2)},
                schoolId, first, end) : new int[] {0, 0};
        int removed = jdbc.update(REMOVE_OTHERS, schoolId, first, end);
        int inserted = jdbc.update("insert into registration (" + COLUMNS + ") select " + COLUMNS
                + " from derived_registration order by pupil_id, lesson_date, start_time on conflict do nothing");
        if (removed + inserted > 0) {
            // the derived table holds exactly the rows written only when every one of them is new
            Integer derived = jdbc.queryForObject("select count(*) from derived_registration", Integer.class);
            boolean allNew = removed == 0 && derived != null && derived == inserted;
            events.publishEvent(new RegistrationsImported(Set.of(schoolId), from, last,
                    allNew ? "derived_registration" : null));
        }
        return new Derived(removed + inserted, lessons[0], lessons[1]);
    }

    /**
     * What one derivation did.
     *
     * @param changed  registrations written or removed
     * @param registered registered lessons of the period before (only when counted)
     * @param gone     of those, the lessons the derivation no longer gives at all (only when counted)
     */
    record Derived(int changed, int registered, int gone) {
    }

    /** Derives again every period the school's absence exports covered: its code list, bell schedule or timetable changed. */
    int deriveCovered(long schoolId) {
        int changed = 0;
        for (Period period : covered(schoolId)) {
            changed += derive(schoolId, period.from(), period.to());
        }
        return changed;
    }

    /** Holidays or study days moved: the covered periods are derived again, in the saving transaction. */
    @EventListener
    void on(SchoolCalendarChanged changed) {
        Staging.lockSchools(jdbc, Set.of(changed.schoolId()));
        deriveCovered(changed.schoolId());
    }

    /** The merged periods the school's absence exports covered, in order. */
    List<Period> covered(long schoolId) {
        return jdbc.query("select first_day, last_day from absence_coverage where school_id = ? order by first_day",
                (rs, i) -> new Period(rs.getDate(1).toLocalDate(), rs.getDate(2).toLocalDate()), schoolId);
    }

    /** Adds a period to the school's coverage, merged with the periods it overlaps or touches. */
    void cover(long schoolId, LocalDate from, LocalDate to) {
        List<Period> merged = new ArrayList<>();
        LocalDate first = from;
        LocalDate last = to;
        for (Period p : covered(schoolId)) {
            if (p.to().plusDays(1).isBefore(first) || p.from().isAfter(last.plusDays(1))) {
                merged.add(p);
            } else {
                first = p.from().isBefore(first) ? p.from() : first;
                last = p.to().isAfter(last) ? p.to() : last;
            }
        }
        merged.add(new Period(first, last));
        jdbc.update("delete from absence_coverage where school_id = ?", schoolId);
        for (Period p : merged) {
            jdbc.update("insert into absence_coverage (school_id, first_day, last_day) values (?, ?, ?)", schoolId,
                    Date.valueOf(p.from()), Date.valueOf(p.to()));
        }
    }
}
