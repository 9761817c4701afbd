package nl.aanwezig.school;

import java.sql.Date;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * When a school's year really starts: from the school's own calendar when it has one for the summer (a holiday
 * in {@code school_calendar_period} that covers 1 August), else from the summer holiday of its holiday region
 * ({@link SummerHolidays}; the latest region when it is not known). Registrations before that day (a summer
 * school, a test import, demo data) never make August the first month.
 */
@Component
public class SchoolYearStarts {

    private final JdbcTemplate jdbc;

    SchoolYearStarts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The first school day of the school year starting in {@code startYear} at this school. */
    public LocalDate firstSchoolDay(long schoolId, int startYear) {
        LocalDate august = LocalDate.of(startYear, 8, 1);
        List<Holiday> holidays = jdbc.query("""
                select first_day, last_day from school_calendar_period
                where school_id = ? and last_day >= ? and first_day <= ? order by first_day""",
                (rs, i) -> new Holiday(rs.getDate(1).toLocalDate(), rs.getDate(2).toLocalDate()),
                schoolId, Date.valueOf(august), Date.valueOf(august.plusMonths(3)));
        if (holidays.stream().anyMatch(h -> h.covers(august))) {
            return firstDayOutside(august, holidays);
        }
        return SummerHolidays.firstSchoolDay(region(schoolId), startYear);
    }

    private static LocalDate firstDayOutside(LocalDate from, List<Holiday> holidays) {
        LocalDate day = from;
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY
                || holidayOn(day, holidays)) {
            day = day.plusDays(1);
        }
        return day;
    }

    private static boolean holidayOn(LocalDate day, List<Holiday> holidays) {
        return holidays.stream().anyMatch(h -> h.covers(day));
    }

    private HolidayRegion region(long schoolId) {
        List<String> region = jdbc.queryForList("select holiday_region from school where id = ?", String.class, schoolId);
        return region.isEmpty() || region.get(0) == null ? null : HolidayRegion.valueOf(region.get(0));
    }

    private record Holiday(LocalDate first, LocalDate last) {
        boolean covers(LocalDate day) {
            return !day.isBefore(first) && !day.isAfter(last);
        }
    }
}
