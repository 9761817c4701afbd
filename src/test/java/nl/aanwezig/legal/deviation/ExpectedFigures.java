package nl.aanwezig.legal.deviation;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.time.DayOfWeek;
import nl.aanwezig.attendance.domain.ApprovedTimetable.TimeWindow;
import nl.aanwezig.attendance.domain.AttendanceStatus;
import nl.aanwezig.attendance.domain.Lesson;

/**
 * The figures a test expects, computed here from the lessons and the windows without the product's code: within the
 * deviation's days only the minutes inside the windows count, and a lesson with none counts not at all.
 *
 * @param scheduled minutes scheduled
 * @param present   minutes present
 * @param authorised minutes absent with an authorised reason
 * @param unauthorised minutes absent otherwise
 * @param lateCount lessons late (inside the windows)
 * @param lateMinutes minutes late inside the windows
 */
record ExpectedFigures(long scheduled, long present, long authorised, long unauthorised, int lateCount, long lateMinutes) {

    /** No deviation: whole lessons. */
    static ExpectedFigures of(Collection<Lesson> lessons, LocalDate from, LocalDate to) {
        return of(lessons, from, to, null, null, null);
    }

    /** Lessons in {@code [from, to]}, under windows that apply on {@code [validFrom, validTo]} (null: none). */
    static ExpectedFigures of(Collection<Lesson> lessons, LocalDate from, LocalDate to, LocalDate validFrom,
                              LocalDate validTo, Map<DayOfWeek, List<TimeWindow>> windows) {
        long scheduled = 0, present = 0, authorised = 0, unauthorised = 0, lateMinutes = 0;
        int lateCount = 0;
        for (Lesson l : lessons) {
            if (l.date().isBefore(from) || l.date().isAfter(to)) {
                continue;
            }
            boolean reduced = windows != null && !l.date().isBefore(validFrom) && !l.date().isAfter(validTo);
            List<TimeWindow> day = reduced ? windows.getOrDefault(l.date().getDayOfWeek(), List.of()) : null;
            long counted = minutes(day, l.start(), l.end());
            if (counted == 0) {
                continue;
            }
            scheduled += counted;
            long here = switch (l.status()) {
                case AANWEZIG -> counted;
                case TE_LAAT -> minutes(day, l.start().plusMinutes(l.minutesLate()), l.end());
                case AFWEZIG -> 0;
            };
            present += here;
            if (l.status() == AttendanceStatus.TE_LAAT && here < counted) {
                lateCount++;
                lateMinutes += counted - here;
            }
            if (l.status() == AttendanceStatus.AFWEZIG) {
                if (l.reason().authorised()) {
                    authorised += counted;
                } else {
                    unauthorised += counted;
                }
            }
        }
        return new ExpectedFigures(scheduled, present, authorised, unauthorised, lateCount, lateMinutes);
    }

    /** Minutes of {@code [start, end)} inside the windows; all of them when there are no windows (null). */
    private static long minutes(List<TimeWindow> windows, LocalTime start, LocalTime end) {
        if (windows == null) {
            return Duration.between(start, end).toMinutes();
        }
        long sum = 0;
        for (TimeWindow w : windows) {
            LocalTime lo = start.isAfter(w.from()) ? start : w.from();
            LocalTime hi = end.isBefore(w.to()) ? end : w.to();
            if (hi.isAfter(lo)) {
                sum += Duration.between(lo, hi).toMinutes();
            }
        }
        return sum;
    }
}
