package nl.aanwezig.school;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;
import nl.aanwezig.base.TimeConfig;
import org.springframework.stereotype.Component;

/**
 * The school years the app works with (1 August to 31 July, see {@code nl.aanwezig.attendance.figures.Period#schoolYear}):
 * from the first year of its summer-holiday table ({@link SummerHolidays#FIRST_KNOWN_YEAR}) to the one after the
 * current one. A date outside them (0001-01-01, 9999-12-31, a typo in the year) in an imported file, a period of the
 * API or an export is refused: no registration, timetable or query reaches that far. The lower bound is fixed, not
 * "the year before the current one", so that a year once imported stays readable and importable (a correction of an
 * old year) and no test data of a past year expires with the calendar.
 */
@Component
public class KnownSchoolYears {

    private final Clock clock;

    public KnownSchoolYears(Clock clock) {
        this.clock = clock;
    }

    /** The first known day: 1 August of the first school year of the summer-holiday table. */
    public LocalDate first() {
        return LocalDate.of(SummerHolidays.FIRST_KNOWN_YEAR, Month.AUGUST, 1);
    }

    /** The last known day: 31 July at the end of the next school year. */
    public LocalDate last() {
        return LocalDate.of(currentStartYear() + 2, Month.JULY, 31);
    }

    public boolean contains(LocalDate date) {
        return date != null && !date.isBefore(first()) && !date.isAfter(last());
    }

    /** Whether the school year starting in August of {@code startYear} is one of the known ones. */
    public boolean containsSchoolYear(int startYear) {
        int current = currentStartYear();
        return startYear >= SummerHolidays.FIRST_KNOWN_YEAR && startYear <= current + 1;
    }

    private int currentStartYear() {
        LocalDate today = LocalDate.now(clock.withZone(TimeConfig.SCHOOL_ZONE));
        return today.getMonthValue() >= Month.AUGUST.getValue() ? today.getYear() : today.getYear() - 1;
    }
}
