package nl.aanwezig.legal.deviation;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.aanwezig.attendance.domain.ApprovedTimetable;
import nl.aanwezig.attendance.domain.ApprovedTimetable.TimeWindow;
import nl.aanwezig.attendance.figures.Period;
import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.base.UserFacingException.Message;

/**
 * What the OC requests: hours per week, the approved timetable and its period.
 *
 * @param hoursPerWeek the hours per week at school, as the request states them (the windows must add up to them)
 * @param validFrom    first day
 * @param validTo      last day, in the same school year: a deviation is temporary by principle
 * @param windows      per weekday the approved windows
 */
public record DeviationForm(BigDecimal hoursPerWeek, LocalDate validFrom, LocalDate validTo,
                            Map<DayOfWeek, List<TimeWindow>> windows) {

    /** How far the windows may be off the stated hours: half an hour a week (a break counted or not). */
    static final int TOLERANCE_MINUTES = 30;
    static final BigDecimal MAX_HOURS = BigDecimal.valueOf(40);

    /** Checks the form; all problems at once, each with the field it concerns (key prefix). */
    void validate() {
        List<Message> problems = new ArrayList<>();
        if (hoursPerWeek == null || hoursPerWeek.signum() <= 0 || hoursPerWeek.compareTo(MAX_HOURS) > 0) {
            problems.add(new Message("deviation.error.hours", MAX_HOURS));
        }
        if (validFrom == null || validTo == null) {
            problems.add(new Message("deviation.error.periodRequired"));
        } else if (validTo.isBefore(validFrom)) {
            problems.add(new Message("deviation.error.periodOrder"));
        } else if (Period.schoolYearOf(validFrom) != Period.schoolYearOf(validTo)) {
            problems.add(new Message("deviation.error.schoolYear"));
        }
        if (windows == null || windows.values().stream().allMatch(List::isEmpty)) {
            problems.add(new Message("deviation.error.windowsRequired"));
        } else {
            windowProblems(problems);
        }
        if (!problems.isEmpty()) {
            throw new UserFacingException(problems);
        }
    }

    private void windowProblems(List<Message> problems) {
        try {
            new ApprovedTimetable(LocalDate.MIN, LocalDate.MIN, windows);
        } catch (IllegalArgumentException e) {
            problems.add(new Message("deviation.error.windowsOverlap"));
            return;
        }
        long minutes = Windows.minutesPerWeek(windows);
        if (hoursPerWeek != null && Math.abs(minutes - hoursPerWeek.doubleValue() * 60)
                > TOLERANCE_MINUTES) {
            problems.add(new Message("deviation.error.hoursMismatch", hours(minutes), hoursPerWeek));
        }
    }

    private static String hours(long minutes) {
        return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 1, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    /** The timetable this form asks to approve. */
    ApprovedTimetable timetable() {
        return new ApprovedTimetable(validFrom, validTo, windows);
    }
}
