package nl.aanwezig.attendance.figures;

import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import nl.aanwezig.school.SchoolYearStarts;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code attendance_year} and {@code school_year_start} in step with the month and day aggregates, for
 * the schools and school years an import touched. Called by {@link AttendanceAggregates} in the import's
 * transaction, after the days and months are fresh.
 *
 * <p>The year's minutes are rebuilt from the month rollup (a row per pupil and month). The first month's minutes
 * are rebuilt from the day table only for a school whose first month the import touched or moved (an import of
 * an earlier first day): a day's import in November leaves them alone. The first month starts on the school's first
 * registered day after the summer holiday, never on a registration in August's holiday.
 */
@Component
class YearRollup {

    private static final String YEAR_FROM_MONTHS = """
            insert into attendance_year as y (pupil_id, start_year, school_id, scheduled_min, present_min)
            select pupil_id, ?, school_id, sum(scheduled_min), sum(present_min) from attendance_month
            where school_id = any(?) and month_start between ? and ?
            group by pupil_id, school_id
            on conflict (pupil_id, start_year, school_id) do update
                set scheduled_min = excluded.scheduled_min, present_min = excluded.present_min
                where (y.scheduled_min, y.present_min) is distinct from (excluded.scheduled_min, excluded.present_min)""";

    /** The first registered day of a school in the range: one index probe. */
    private static final String FIRST_DAY = """
            select min(lesson_date) from attendance_day where school_id = ? and lesson_date between ? and ?""";

    private static final String FIRST_MONTH = """
            update attendance_year y
            set first_month_scheduled_min = d.scheduled, first_month_present_min = d.present
            from (select pupil_id, sum(scheduled_min) as scheduled, sum(present_min) as present from attendance_day
                  where school_id = ? and lesson_date between ? and ? group by pupil_id) d
            where y.pupil_id = d.pupil_id and y.school_id = ? and y.start_year = ?""";

    private final JdbcTemplate jdbc;
    private final SchoolYearStarts starts;

    YearRollup(JdbcTemplate jdbc, SchoolYearStarts starts) {
        this.jdbc = jdbc;
        this.starts = starts;
    }

    /** Rebuilds the school years that {@code [from, to]} falls in, for these schools. */
    void refresh(Long[] schools, LocalDate from, LocalDate to) {
        Period imported = new Period(from, to);
        for (int year = Period.schoolYearOf(from); year <= Period.schoolYearOf(to); year++) {
            Period schoolYear = Period.schoolYear(year);
            jdbc.update(YEAR_FROM_MONTHS, year, schools, Date.valueOf(schoolYear.from()), Date.valueOf(schoolYear.to()));
            Map<Long, LocalDate> before = firstDays(schools, year);
            for (var first : currentFirstDays(schools, year).entrySet()) {
                long school = first.getKey();
                Period firstMonth = Period.firstMonthOfSchoolYear(year, first.getValue());
                boolean moved = !Objects.equals(before.get(school), first.getValue());
                if (moved) {
                    rememberFirstDay(school, year, first.getValue());
                }
                if (moved || firstMonth.overlaps(imported)) {
                    firstMonth(school, year, firstMonth, moved);
                }
            }
        }
    }

    private Map<Long, LocalDate> firstDays(Long[] schools, int year) {
        Map<Long, LocalDate> out = new HashMap<>();
        jdbc.query("select school_id, first_day from school_year_start where school_id = any(?) and start_year = ?",
                rs -> {
                    out.put(rs.getLong(1), rs.getDate(2).toLocalDate());
                }, schools, year);
        return out;
    }

    /**
     * The first registered day of each school on or after its first school day ({@link SchoolYearStarts}: the
     * end of the summer holiday), so registrations in the holiday never start the first month. Schools without
     * a registered day in that part of the year are left out.
     */
    private Map<Long, LocalDate> currentFirstDays(Long[] schools, int year) {
        Map<Long, LocalDate> out = new HashMap<>();
        Date end = Date.valueOf(Period.schoolYear(year).to());
        for (Long school : schools) {
            Date from = Date.valueOf(starts.firstSchoolDay(school, year));
            Date first = jdbc.queryForObject(FIRST_DAY, Date.class, school, from, end);
            if (first != null) {
                out.put(school, first.toLocalDate());
            }
        }
        return out;
    }

    private void rememberFirstDay(long school, int year, LocalDate first) {
        jdbc.update("""
                insert into school_year_start (school_id, start_year, first_day) values (?, ?, ?)
                on conflict (school_id, start_year) do update set first_day = excluded.first_day""",
                school, year, Date.valueOf(first));
    }

    /**
     * The school's first-month minutes of every pupil with lessons in it. Days are never taken away, so only a
     * moved first month can leave a pupil without lessons in it (null).
     */
    private void firstMonth(long school, int year, Period firstMonth, boolean moved) {
        if (moved) {
            jdbc.update("update attendance_year set first_month_scheduled_min = null, first_month_present_min = null "
                    + "where school_id = ? and start_year = ? and first_month_scheduled_min is not null", school, year);
        }
        jdbc.update(FIRST_MONTH, school, Date.valueOf(firstMonth.from()), Date.valueOf(firstMonth.to()), school, year);
    }
}
