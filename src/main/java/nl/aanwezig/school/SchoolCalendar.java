package nl.aanwezig.school;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.springframework.stereotype.Component;

/**
 * School days: Monday to Friday. Holidays come from the registrations themselves (a day without
 * lessons is no school day for the legal count); this calendar answers "which day is the school day
 * we are in" and "one school day later". A school's own holidays and study days, as the admin registers
 * them, are in {@link SchoolCalendarPeriods}.
 */
@Component
public class SchoolCalendar {

    /** Longer than any holiday: a calendar that is all days off ends the search here instead of looping. */
    private static final int MAX_DAYS_BACK = 366;

    private final SchoolCalendarPeriods periods;

    @org.springframework.beans.factory.annotation.Autowired
    SchoolCalendar(SchoolCalendarPeriods periods) {
        this.periods = periods;
    }

    /** Weekdays only, no school's own holidays (for a calculation without a database). */
    public SchoolCalendar() {
        this(null);
    }

    public boolean isSchoolDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
    }

    /** Today on a school day; on a weekend the Friday before, whose empty chairs are still the latest news. */
    public LocalDate currentSchoolDay(LocalDate today) {
        LocalDate day = today;
        while (!isSchoolDay(day)) {
            day = day.minusDays(1);
        }
        return day;
    }

    /** The school day before this day. */
    public LocalDate previousSchoolDay(LocalDate day) {
        return currentSchoolDay(day.minusDays(1));
    }

    /**
     * The current school day and the school days before it, newest first, {@code count} in all: an unexplained
     * absence of yesterday that nobody followed up still matters today (a nightly export imported the next morning,
     * or the app started before the first lesson).
     */
    public java.util.List<LocalDate> recentSchoolDays(LocalDate today, int count) {
        java.util.List<LocalDate> days = new java.util.ArrayList<>();
        LocalDate day = currentSchoolDay(today);
        for (int i = 0; i < count; i++) {
            days.add(day);
            day = previousSchoolDay(day);
        }
        return days;
    }

    /** The same time, the given number of school days later. */
    public ZonedDateTime plusSchoolDays(ZonedDateTime from, int days) {
        ZonedDateTime result = from;
        int added = 0;
        while (added < days) {
            result = result.plusDays(1);
            if (isSchoolDay(result.toLocalDate())) {
                added++;
            }
        }
        return result;
    }

    /**
     * As {@link #recentSchoolDays(LocalDate, int)}, on the school's own calendar: its holidays and study days
     * (registered by the admin, see {@link SchoolCalendarPeriods}) are skipped like weekends. On Monday after a
     * study day Friday the school day before is Thursday.
     */
    public java.util.List<LocalDate> recentSchoolDays(long schoolId, LocalDate today, int count) {
        java.util.List<SchoolCalendarPeriods.Period> off = periods == null ? java.util.List.of() : periods.of(schoolId);
        java.util.function.Predicate<LocalDate> lessons = d -> isSchoolDay(d) && off.stream().noneMatch(p -> p.contains(d));
        java.util.List<LocalDate> days = new java.util.ArrayList<>();
        LocalDate day = today;
        for (int back = 0; days.size() < count && back < MAX_DAYS_BACK; back++, day = day.minusDays(1)) {
            if (lessons.test(day)) {
                days.add(day);
            }
        }
        return days;
    }
}
