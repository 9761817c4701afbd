package nl.aanwezig.attendance.figures;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.Collectors;
import nl.aanwezig.attendance.RegistrationsImported;
import nl.aanwezig.attendance.domain.AbsenceReason;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps {@code attendance_day}, {@code attendance_month} and (through {@link YearRollup}) {@code attendance_year} exactly in sync with {@code registration}.
 *
 * <p>Runs inside the importing transaction (a plain {@code @EventListener}), so the aggregates commit or roll
 * back together with the registrations. Only the imported schools and dates are rebuilt: delete, then insert
 * the grouped registrations; months touched by the range are rebuilt from the (now fresh) days.
 */
@Component
class AttendanceAggregates {

    /** Built from the enum, so the SQL and {@link AbsenceReason#authorised()} cannot disagree. */
    private static final String AUTHORISED = Arrays.stream(AbsenceReason.values()).filter(AbsenceReason::authorised)
            .map(r -> "'" + r.csvValue() + "'").collect(Collectors.joining(", ", "(", ")"));
    /**
     * A lesson's minutes in integer arithmetic: lessons are whole minutes (HH:MM), so this equals
     * {@code extract(epoch ...) / 60}, which is numeric since PostgreSQL 14 and several times slower to sum.
     */
    private static final String MINUTES = "(date_part('epoch', r.end_time - r.start_time)::int / 60)";

    /** The day rows of registrations {@code r} (%3$s: the source with alias r, %4$s: which rows). */
    private static final String DAYS_OF = """
            insert into attendance_day (pupil_id, lesson_date, school_id, scheduled_min, present_min,
                authorised_absent_min, unauthorised_absent_min, late_count, late_min, sick)
            select r.pupil_id, r.lesson_date, p.school_id,
                   sum(%1$s)::int,
                   sum(case r.status when 'aanwezig' then %1$s when 'te_laat' then %1$s - r.minutes_late else 0 end)::int,
                   sum(case when r.status = 'afwezig' and r.reason in %2$s then %1$s else 0 end)::int,
                   sum(case when r.status = 'afwezig' and r.reason not in %2$s then %1$s else 0 end)::int,
                   count(*) filter (where r.status = 'te_laat'),
                   coalesce(sum(r.minutes_late) filter (where r.status = 'te_laat'), 0),
                   bool_or(r.status = 'afwezig' and r.reason = 'ziek')
            from %3$s join pupil p on p.id = r.pupil_id
            where %4$s
            group by r.pupil_id, r.lesson_date, p.school_id""";

    private static final String INSERT_DAYS = DAYS_OF.formatted(MINUTES, AUTHORISED, "registration r",
            "p.school_id = any(?) and r.lesson_date between ? and ?");

    /** Days of the import that already had registrations: recomputed from {@code registration}. */
    private static final String INSERT_PARTLY_NEW_DAYS = DAYS_OF.formatted(MINUTES, AUTHORISED,
            "registration r join import_partly_new_day x using (pupil_id, lesson_date)", "true");

    private static final String INSERT_MONTHS = """
            insert into attendance_month (pupil_id, month_start, school_id, scheduled_min, present_min,
                authorised_absent_min, unauthorised_absent_min, late_count, late_min)
            select pupil_id, date_trunc('month', lesson_date)::date, school_id, sum(scheduled_min), sum(present_min),
                   sum(authorised_absent_min), sum(unauthorised_absent_min), sum(late_count), sum(late_min)
            from attendance_day
            where school_id = any(?) and lesson_date between ? and ?
            group by pupil_id, date_trunc('month', lesson_date)::date, school_id""";

    /** The day rows of one pupil in a period, from {@code registration}. */
    private static final String INSERT_PUPIL_DAYS = DAYS_OF.formatted(MINUTES, AUTHORISED, "registration r",
            "r.pupil_id = ? and r.lesson_date between ? and ?");

    private static final String INSERT_PUPIL_MONTHS = """
            insert into attendance_month (pupil_id, month_start, school_id, scheduled_min, present_min,
                authorised_absent_min, unauthorised_absent_min, late_count, late_min)
            select pupil_id, date_trunc('month', lesson_date)::date, school_id, sum(scheduled_min), sum(present_min),
                   sum(authorised_absent_min), sum(unauthorised_absent_min), sum(late_count), sum(late_min)
            from attendance_day
            where pupil_id = ? and lesson_date between ? and ?
            group by pupil_id, date_trunc('month', lesson_date)::date, school_id""";

    private final JdbcTemplate jdbc;
    private final YearRollup years;
    private final ApprovedTimetableStore timetables;
    private final TimetableDays timetableDays;

    AttendanceAggregates(JdbcTemplate jdbc, YearRollup years, ApprovedTimetableStore timetables,
                         TimetableDays timetableDays) {
        this.jdbc = jdbc;
        this.years = years;
        this.timetables = timetables;
        this.timetableDays = timetableDays;
    }

    @EventListener
    @Transactional
    void on(RegistrationsImported imported) {
        if (imported.schoolIds().isEmpty()) {
            return;
        }
        Long[] schools = imported.schoolIds().toArray(Long[]::new);
        if (imported.newRowsTable() == null) {
            refresh(schools, imported.from(), imported.to());
        } else {
            addNew(schools, imported.from(), imported.to(), imported.newRowsTable());
        }
        // pupils on an approved timetable: their days count only the approved windows, also for new imports
        timetableDays.apply(timetables.ofSchools(schools, imported.from(), imported.to()), imported.from(), imported.to());
        refreshMonths(schools, imported.from(), imported.to());
        years.refresh(schools, imported.from(), imported.to());
    }

    /**
     * The day rows after an import whose rows are all new ({@code newRows} holds exactly the registrations
     * written). A pupil-day that had no registrations before (no {@code attendance_day} row) is built from the
     * new rows alone, without reading {@code registration}; a day that had some (partly new) is recomputed from
     * {@code registration}, which now holds the old and the new rows of that day.
     */
    private void addNew(Long[] schools, LocalDate from, LocalDate to, String newRows) {
        jdbc.execute("""
                create temp table import_partly_new_day on commit drop as
                select d.pupil_id, d.lesson_date from attendance_day d
                where d.school_id = any('%s'::bigint[]) and d.lesson_date between '%s' and '%s'
                  and exists (select 1 from %s r where r.pupil_id = d.pupil_id and r.lesson_date = d.lesson_date)"""
                .formatted(arrayLiteral(schools), from, to, newRows));
        int partlyNew = jdbc.update("delete from attendance_day d using import_partly_new_day x "
                + "where d.pupil_id = x.pupil_id and d.lesson_date = x.lesson_date");
        if (partlyNew > 0) {
            jdbc.update(INSERT_PARTLY_NEW_DAYS);
        }
        jdbc.update(DAYS_OF.formatted(MINUTES, AUTHORISED, newRows + " r", partlyNew == 0 ? "true"
                : "not exists (select 1 from import_partly_new_day x "
                        + "where x.pupil_id = r.pupil_id and x.lesson_date = r.lesson_date)"));
        jdbc.execute("drop table import_partly_new_day");
    }

    /**
     * Rebuilds one pupil's days in {@code period} (under the approved timetables stored now), the months they fall
     * in and the school years, in the caller's transaction: an approved, ended or withdrawn deviation changes them.
     */
    @Transactional
    void recompute(long pupilId, Period period) {
        Date from = Date.valueOf(period.from());
        Date to = Date.valueOf(period.to());
        jdbc.update("delete from attendance_day where pupil_id = ? and lesson_date between ? and ?", pupilId, from, to);
        jdbc.update(INSERT_PUPIL_DAYS, pupilId, from, to);
        timetableDays.apply(timetables.ofPupils(java.util.List.of(pupilId), period.from(), period.to()),
                period.from(), period.to());
        Date firstMonth = Date.valueOf(period.from().withDayOfMonth(1));
        Date endOfLastMonth = Date.valueOf(period.to().withDayOfMonth(period.to().lengthOfMonth()));
        jdbc.update("delete from attendance_month where pupil_id = ? and month_start between ? and ?",
                pupilId, firstMonth, endOfLastMonth);
        jdbc.update(INSERT_PUPIL_MONTHS, pupilId, firstMonth, endOfLastMonth);
        Long school = jdbc.queryForObject("select school_id from pupil where id = ?", Long.class, pupilId);
        years.refresh(new Long[] {school}, period.from(), period.to());
    }

    /** School ids (longs, not input) as a PostgreSQL array literal. */
    private static String arrayLiteral(Long[] ids) {
        return Arrays.stream(ids).map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
    }

    /** pgjdbc binds a {@code Long[]} as {@code bigint[]} for {@code = any(?)}. */
    private void refresh(Long[] schools, LocalDate from, LocalDate to) {
        jdbc.update("delete from attendance_day where school_id = any(?) and lesson_date between ? and ?",
                schools, Date.valueOf(from), Date.valueOf(to));
        jdbc.update(INSERT_DAYS, schools, Date.valueOf(from), Date.valueOf(to));
    }

    /** Months touched by the range, rebuilt from the (now fresh) days. */
    private void refreshMonths(Long[] schools, LocalDate from, LocalDate to) {
        Date firstMonth = Date.valueOf(from.withDayOfMonth(1));
        Date endOfLastMonth = Date.valueOf(to.withDayOfMonth(to.lengthOfMonth()));
        jdbc.update("delete from attendance_month where school_id = any(?) and month_start between ? and ?",
                schools, firstMonth, endOfLastMonth);
        jdbc.update(INSERT_MONTHS, schools, firstMonth, endOfLastMonth);
    }
}
