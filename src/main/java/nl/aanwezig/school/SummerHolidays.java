package nl.aanwezig.school;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;

/**
 * The end of the summer holiday per holiday region, as the ministry of education sets it (mandatory for
 * primary and secondary schools): the first school day of a school year is the Monday after it. For a year
 * not in the table, or a school whose region is not known, the latest of the three is used: the first month
 * then starts no earlier than the last region's return, never in anyone's holiday.
 */
public final class SummerHolidays {

    /** First school day after the summer holiday, per school year start: noord, midden, zuid. */
    private static final Map<Integer, LocalDate[]> FIRST_DAYS = Map.of(
            2023, days("2023-09-04", "2023-08-21", "2023-08-28"),
            2024, days("2024-09-02", "2024-08-26", "2024-08-19"),
            2025, days("2025-08-25", "2025-09-01", "2025-08-18"),
            2026, days("2026-08-17", "2026-08-31", "2026-08-24"));

    /** The first school year (its start year) the table holds: the first the app knows. */
    public static final int FIRST_KNOWN_YEAR = 2023;

    /** In every year of the table the last region returned on the Monday of ISO week 36. */
    private static final int LATEST_RETURN_WEEK = 36;

    private SummerHolidays() {
    }

    /**
     * The first school day after the summer holiday in the school year starting in {@code startYear}.
     *
     * @param region the school's holiday region, or {@code null} when not known (the latest of the three)
     */
    public static LocalDate firstSchoolDay(HolidayRegion region, int startYear) {
        LocalDate[] days = FIRST_DAYS.get(startYear);
        if (days == null) {
            return LocalDate.of(startYear, 8, 1).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, LATEST_RETURN_WEEK)
                    .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        }
        if (region == null) {
            LocalDate latest = days[0];
            for (LocalDate day : days) {
                latest = day.isAfter(latest) ? day : latest;
            }
            return latest;
        }
        return days[region.ordinal()];
    }

    private static LocalDate[] days(String noord, String midden, String zuid) {
        return new LocalDate[] {LocalDate.parse(noord), LocalDate.parse(midden), LocalDate.parse(zuid)};
    }
}
