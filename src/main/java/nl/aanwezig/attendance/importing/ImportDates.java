package nl.aanwezig.attendance.importing;

import java.time.LocalDate;
import nl.aanwezig.attendance.importing.reading.ScheduleValues;
import nl.aanwezig.base.Messages;
import nl.aanwezig.school.KnownSchoolYears;
import nl.aanwezig.school.SchoolCalendar;
import org.springframework.stereotype.Component;

/**
 * The dates an import takes: within the known school years ({@link KnownSchoolYears}), and a lesson only on a school
 * day ({@link SchoolCalendar}: Monday to Friday; the app has no Saturday school day). A refused date is a row error
 * with its line, in Dutch.
 */
@Component
class ImportDates {

    private final KnownSchoolYears years;
    private final SchoolCalendar calendar;

    ImportDates(KnownSchoolYears years, SchoolCalendar calendar) {
        this.years = years;
        this.calendar = calendar;
    }

    /** Why a date of the file is refused (outside the known school years), or {@code null}. */
    String refusal(LocalDate date) {
        if (!years.contains(date)) {
            return Messages.nl("import.error.outsideSchoolYears", date.toString(), years.first().toString(),
                    years.last().toString());
        }
        return null;
    }

    /** Why the date of a lesson is refused: outside the known school years, or on a weekend; else {@code null}. */
    String lessonDayRefusal(LocalDate date) {
        String outside = refusal(date);
        if (outside != null) {
            return outside;
        }
        return calendar.isSchoolDay(date) ? null : Messages.nl("import.error.weekend", date.toString(),
                ScheduleValues.weekdayName(date.getDayOfWeek().getValue()));
    }

    /** Why a weekday (1-7) of a timetable is refused: a Saturday or Sunday is no school day; else {@code null}. */
    String weekdayRefusal(int weekday) {
        return weekday <= 5 ? null : Messages.nl("import.error.weekendWeekday", ScheduleValues.weekdayName(weekday));
    }
}
