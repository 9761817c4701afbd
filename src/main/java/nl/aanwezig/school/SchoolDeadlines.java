package nl.aanwezig.school;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import nl.aanwezig.base.TimeConfig;
import org.springframework.stereotype.Component;

/**
 * The one place that says when a school task is due: at the end of a school day (17:00, school time), never at the
 * minute a signal happened to come in. School days are Monday to Friday less the school's own holidays and study days
 * ({@link SchoolCalendarPeriods}). The routes get the moment as a variable; their timers wait for it.
 */
@Component
public class SchoolDeadlines {

    /** When a school day ends for a task that is due that day. */
    public static final LocalTime END_OF_SCHOOL_DAY = LocalTime.of(17, 0);
    /** A school's longest break (summer holiday) is shorter than this; the search for a school day stops here. */
    private static final int MAX_DAYS_OFF = 120;

    private final SchoolCalendar calendar;
    private final SchoolCalendarPeriods periods;
    private final Clock clock;

    SchoolDeadlines(SchoolCalendar calendar, SchoolCalendarPeriods periods, Clock clock) {
        this.calendar = calendar;
        this.periods = periods;
        this.clock = clock;
    }

    /** The end of the school day {@code schoolDays} school days after today (1: the next school day). */
    public ZonedDateTime endOfSchoolDayAfter(long schoolId, int schoolDays) {
        LocalDate day = LocalDate.now(clock.withZone(TimeConfig.SCHOOL_ZONE));
        for (int added = 0; added < schoolDays; added++) {
            day = schoolDayFrom(schoolId, day.plusDays(1));
        }
        return day.atTime(END_OF_SCHOOL_DAY).atZone(TimeConfig.SCHOOL_ZONE);
    }

    /** The end of this date's school day, or of the first school day after it when it is none (a Saturday). */
    public ZonedDateTime endOfSchoolDayOn(long schoolId, LocalDate date) {
        return schoolDayFrom(schoolId, date).atTime(END_OF_SCHOOL_DAY).atZone(TimeConfig.SCHOOL_ZONE);
    }

    /** The moment as a route variable: ISO with offset and seconds always (FEEL's {@code date and time} reads it). */
    public static String variable(ZonedDateTime at) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at);
    }

    private LocalDate schoolDayFrom(long schoolId, LocalDate date) {
        LocalDate day = date;
        for (int i = 0; i < MAX_DAYS_OFF && (!calendar.isSchoolDay(day) || periods.isDayOff(schoolId, day)); i++) {
            day = day.plusDays(1);
        }
        return day;
    }
}
