package nl.aanwezig.attendance.domain;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An approved onderwijstijd deviation: within its validity the pupil's norm is a reduced timetable, so
 * only lesson time inside the approved windows counts as scheduled.
 *
 * @param validFrom first day the deviation applies (inclusive)
 * @param validTo   last day the deviation applies (inclusive)
 * @param windows   per weekday the approved time windows; a weekday without entry has no approved hours
 */
public record ApprovedTimetable(LocalDate validFrom, LocalDate validTo, Map<DayOfWeek, List<TimeWindow>> windows) {

    /**
     * An approved period of a day, {@code from} inclusive to {@code to} exclusive.
     *
     * @param from start of the window
     * @param to   end of the window, after {@code from}
     */
    public record TimeWindow(LocalTime from, LocalTime to) {
        /** Validates that the window is not empty. */
        public TimeWindow {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            if (!to.isAfter(from)) {
                throw new IllegalArgumentException("tijdvak eindigt niet na begin: " + from + "-" + to);
            }
        }

        int overlapMinutes(LocalTime start, LocalTime end) {
            LocalTime lo = start.isAfter(from) ? start : from;
            LocalTime hi = end.isBefore(to) ? end : to;
            return hi.isAfter(lo) ? (int) Duration.between(lo, hi).toMinutes() : 0;
        }
    }

    /** Validates the period and that the windows of one day do not overlap (overlap would count minutes twice). */
    public ApprovedTimetable {
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(validTo, "validTo");
        if (validTo.isBefore(validFrom)) {
            throw new IllegalArgumentException("geldig tot ligt voor geldig vanaf");
        }
        Map<DayOfWeek, List<TimeWindow>> copy = new EnumMap<>(DayOfWeek.class);
        windows.forEach((day, list) -> copy.put(day, sortedWithoutOverlap(list)));
        windows = Map.copyOf(copy);
    }

    private static List<TimeWindow> sortedWithoutOverlap(List<TimeWindow> list) {
        List<TimeWindow> sorted = new ArrayList<>(list);
        sorted.sort(Comparator.comparing(TimeWindow::from));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).from().isBefore(sorted.get(i - 1).to())) {
                throw new IllegalArgumentException("tijdvakken overlappen: " + sorted.get(i - 1) + " en " + sorted.get(i));
            }
        }
        return List.copyOf(sorted);
    }

    /** Whether the deviation applies on this date. */
    public boolean appliesOn(LocalDate date) {
        return !date.isBefore(validFrom) && !date.isAfter(validTo);
    }

    /**
     * Minutes of {@code [start, end)} on {@code date} that count: all of them outside the validity,
     * only the part inside the approved windows within it.
     */
    public int countedMinutes(LocalDate date, LocalTime start, LocalTime end) {
        if (!end.isAfter(start)) {
            return 0;
        }
        if (!appliesOn(date)) {
            return (int) Duration.between(start, end).toMinutes();
        }
        int minutes = 0;
        for (TimeWindow window : windows.getOrDefault(date.getDayOfWeek(), List.of())) {
            minutes += window.overlapMinutes(start, end);
        }
        return minutes;
    }
}
