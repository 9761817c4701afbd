package nl.aanwezig.attendance.importing;

/**
 * The statements of {@link LessonDerivation}. Their plans were read with {@code EXPLAIN (ANALYZE, BUFFERS)} on a
 * region's year (issue #22, README): every join of the derivation is a hash join over a small materialized set.
 */
final class DerivationSql {

    private DerivationSql() {
    }

    static final String COLUMNS = "pupil_id, lesson_date, start_time, end_time, status, reason, minutes_late";

    /**
     * Parameters: from, to, school (calendar), school (entries), school (hours), school (codes), school (pupils),
     * from, to, school (pupils), school (default lateness).
     * {@code union all}: a pupil's own lessons and their class's never meet (the class's do not apply on the own
     * timetable's days); a lesson twice in the timetable file gives a row twice, which the insert's {@code on conflict}
     * writes once (and then the table is not "exactly the rows written", see {@link LessonDerivation#derive}).
     *
     * <p>The bell schedule and the school's absences are materialized before the join: joined directly, the planner
     * (which cannot estimate the schedule's rows) chose a nested loop with an index probe per lesson into
     * {@code absence_record} and {@code school}, 1.1 s of a school's 131,000 lessons against 0.2 s now.
     */
    static final String DERIVED = """
            create temp table derived_registration on commit drop as
            with days as materialized (
                select d::date as day, extract(isodow from d)::int as weekday
                from generate_series(?::date, ?::date, interval '1 day') d
                where not exists (select 1 from school_calendar_period c
                                  where c.school_id = ? and d::date between c.first_day and c.last_day)),
            entries as materialized (select * from timetable_entry where school_id = ?),
            hours as materialized (
                select weekday, hour, start_time, end_time, date_part('epoch', end_time - start_time)::int / 60 as minutes
                from lesson_hour where school_id = ?),
            absences as materialized (
                select a.pupil_id, a.lesson_date, a.hour, c.status, c.reason, a.minutes_late
                from absence_record a join absence_code c on c.school_id = ? and c.code_key = a.code_key
                where a.pupil_id = any(array(select id from pupil where school_id = ?)) and a.lesson_date between ? and ?),
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
                   case a.status when 'afwezig' then 'afwezig' when 'te_laat' then 'te_laat' else 'aanwezig' end::varchar(10)
                       as status,
                   a.reason,
                   (case when a.status = 'te_laat'
                         then least(coalesce(a.minutes_late, (select default_minutes_late from school where id = ?)),
                                    h.minutes - 1)
                         else 0 end)::int as minutes_late
            from scheduled s
            join hours h on h.weekday = s.weekday and h.hour = s.hour
            left join absences a on a.pupil_id = s.pupil_id and a.lesson_date = s.day and a.hour = s.hour""";

    /** Whether the school's pupils have any registration in the period: one index probe per pupil at most. */
    static final String ANY_STORED = """
            select exists (select 1 from registration r
                           where r.pupil_id = any(array(select id from pupil where school_id = ?))
                             and r.lesson_date between ? and ?)""";

    /**
     * Stored registrations of the school's pupils in the period that the derivation does not give (or not so), per
     * pupil. The pupils are an array, so the scan is by pupil on the primary key: joined to pupil, the planner
     * scanned every school's registrations of the period by date whenever its statistics did not know the dates yet
     * (a new school year, or the rows of the same transaction), which made a region's year quadratic.
     */
    static final String REMOVE_OTHERS = """
            with gone as (
                delete from registration r
                where r.pupil_id = any(array(select id from pupil where school_id = ?)) and r.lesson_date between ? and ?
                  and not exists (select 1 from derived_registration d
                                  where d.pupil_id = r.pupil_id and d.lesson_date = r.lesson_date
                                    and d.start_time = r.start_time and d.end_time = r.end_time and d.status = r.status
                                    and d.reason is not distinct from r.reason and d.minutes_late = r.minutes_late)
                returning r.pupil_id)
            select pupil_id, count(*) from gone group by pupil_id""";

    /** The derived rows not stored yet, per pupil. */
    static final String INSERT_NEW = """
            with written as (
                insert into registration (%1$s) select %1$s from derived_registration
                order by pupil_id, lesson_date, start_time on conflict do nothing
                returning pupil_id)
            select pupil_id, count(*) from written group by pupil_id""".formatted(COLUMNS);

    /** All derived rows, when none of the period is stored: no conflict check (it fails on a key twice). */
    static final String INSERT_ALL = "insert into registration (" + COLUMNS + ") select " + COLUMNS
            + " from derived_registration order by pupil_id, lesson_date, start_time";

    /** The period's registered lessons, and those of them that the derivation does not give at all. */
    static final String LESSONS_GONE = """
            select count(*), count(*) filter (where not exists (
                       select 1 from derived_registration d
                       where d.pupil_id = r.pupil_id and d.lesson_date = r.lesson_date and d.start_time = r.start_time))
            from registration r
            where r.pupil_id = any(array(select id from pupil where school_id = ?)) and r.lesson_date between ? and ?""";
}
