package nl.aanwezig.attendance.figures;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;

/**
 * A period of whole days, both ends inclusive.
 *
 * @param from first day
 * @param to   last day, not before {@code from}
 */
public record Period(LocalDate from, LocalDate to) {

    /** Length of the "first month" of a school year in days: four calendar weeks. */
    public static final int FIRST_MONTH_DAYS = 28;

    /** Validates the order of the ends. */
    public Period {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("einddatum ligt voor begindatum: " + from + " - " + to);
        }
    }

    /** The ISO week (Monday to Sunday) containing {@code date}. */
    public static Period week(LocalDate date) {
        LocalDate monday = date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return new Period(monday, monday.plusDays(6));
    }

    /** A calendar month. */
    public static Period month(YearMonth month) {
        return new Period(month.atDay(1), month.atEndOfMonth());
    }

    /** The school year starting in {@code startYear}: 1 August to 31 July. */
    public static Period schoolYear(int startYear) {
        return new Period(LocalDate.of(startYear, Month.AUGUST, 1), LocalDate.of(startYear + 1, Month.JULY, 31));
    }

    /** The start year of the school year containing {@code date} (1 August starts a new one). */
    public static int schoolYearOf(LocalDate date) {
        return date.getMonthValue() >= Month.AUGUST.getValue() ? date.getYear() : date.getYear() - 1;
    }

    /**
     * The first month of a school year, the best predictor of later absence: the four calendar weeks
     * ({@value #FIRST_MONTH_DAYS} days) starting on the first school day. Summer holidays end on different
     * dates per region, so the first school day comes from the data: the first registered day after the
     * school's summer holiday (its calendar, else its holiday region; see {@link FiguresService#firstMonthOfSchoolYear}
     * and {@code nl.aanwezig.school.SchoolYearStarts}); without one, 1 August is used.
     *
     * @param startYear      the school year's start year
     * @param firstSchoolDay first registered school day of that year, or {@code null} when none is known
     */
    public static Period firstMonthOfSchoolYear(int startYear, LocalDate firstSchoolDay) {
        Period year = schoolYear(startYear);
        LocalDate start = firstSchoolDay == null ? year.from() : firstSchoolDay;
        if (!year.contains(start)) {
            throw new IllegalArgumentException("eerste schooldag " + start + " valt niet in schooljaar " + startYear);
        }
        return new Period(start, start.plusDays(FIRST_MONTH_DAYS - 1));
    }

    /** Any period. */
    public static Period custom(LocalDate from, LocalDate to) {
        return new Period(from, to);
    }

    /** This period cut off after {@code last} (e.g. "the school year so far"); unchanged when it ends earlier. */
    public Period until(LocalDate last) {
        return last.isBefore(to) ? new Period(from, last.isBefore(from) ? from : last) : this;
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }

    /** Whether the two periods share a day. */
    public boolean overlaps(Period other) {
        return !other.to.isBefore(from) && !other.from.isAfter(to);
    }

    /** Whether the period is made of whole calendar months, so the month rollup can answer it. */
    public boolean wholeMonths() {
        return from.getDayOfMonth() == 1 && to.getDayOfMonth() == to.lengthOfMonth();
    }
}
