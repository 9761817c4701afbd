package nl.aanwezig.attendance.signals;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.ToIntFunction;
import nl.aanwezig.attendance.domain.AttendanceStatus;
import nl.aanwezig.attendance.domain.Lesson;
import nl.aanwezig.school.Sector;

/**
 * Signaal zorgelijk verzuim: a school's own criteria below the DUO 16-hour line. Decisions, all exact:
 * <ul>
 *   <li>Two criteria, each optional: at least N hours of unauthorised absence, or at least K late arrivals, within
 *       M (resp. L) school weeks. Hours are counted as for the 16 hours (VO/MBO whole lesson hours, PO clock time).</li>
 *   <li>School weeks are ISO weeks with at least one lesson; the window ending on day d spans the school weeks up to
 *       and including d's week. Checked on school days; the end date is the first day the count is reached, the
 *       start date the first counted event in the window.</li>
 *   <li>Once per window: after a signal (earlier or new) counting for that criterion restarts the day after its end.</li>
 *   <li>No signal when the pupil already reached the 16-hour DUO line in the window (a DUO signal overlapping it):
 *       then the DUO report is the step, not a concern.</li>
 * </ul>
 */
final class ConcernRule {

    /** Which criterion was met. */
    enum Criterion { UNAUTHORISED, LATE }

    /** A school's criteria; null pairs are off. */
    record Criteria(Integer hours, Integer hoursWeeks, Integer lateTimes, Integer lateWeeks) {
        boolean unauthorisedOn() {
            return hours != null && hoursWeeks != null && hours > 0 && hoursWeeks > 0;
        }

        boolean lateOn() {
            return lateTimes != null && lateWeeks != null && lateTimes > 0 && lateWeeks > 0;
        }

        int longestWeeks() {
            return Math.max(unauthorisedOn() ? hoursWeeks : 0, lateOn() ? lateWeeks : 0);
        }
    }

    /** A signal to raise: the amount is hours or late arrivals. */
    record Hit(Criterion criterion, LocalDate start, LocalDate end, int amount, int weeks) {
    }

    /** A period, of an earlier signal. */
    record Span(LocalDate start, LocalDate end) {
        boolean overlaps(LocalDate from, LocalDate to) {
            return !start.isAfter(to) && !end.isBefore(from);
        }
    }

    private ConcernRule() {
    }

    static List<Hit> detect(Sector sector, Collection<Lesson> lessons, Criteria criteria,
                            Collection<Hit> prior, Collection<Span> duo) {
        List<Hit> hits = new ArrayList<>();
        if (criteria.unauthorisedOn()) {
            hits.addAll(one(Criterion.UNAUTHORISED, lessons, criteria.hours() * 60, criteria.hoursWeeks(),
                    l -> l.unauthorisedAbsence() ? weight(sector, l) : 0, prior, duo));
        }
        if (criteria.lateOn()) {
            hits.addAll(one(Criterion.LATE, lessons, criteria.lateTimes(), criteria.lateWeeks(),
                    l -> l.status() == AttendanceStatus.TE_LAAT ? 1 : 0, prior, duo));
        }
        return hits;
    }

    private static List<Hit> one(Criterion criterion, Collection<Lesson> lessons, int threshold, int weeks,
                                 ToIntFunction<Lesson> weight, Collection<Hit> prior, Collection<Span> duo) {
        SortedSet<LocalDate> days = new TreeSet<>();
        SortedSet<LocalDate> mondays = new TreeSet<>();
        lessons.forEach(l -> {
            days.add(l.date());
            mondays.add(monday(l.date()));
        });
        List<LocalDate> weekList = List.copyOf(mondays);
        LocalDate restart = LocalDate.MIN;
        List<Hit> hits = new ArrayList<>();
        for (LocalDate day : days) {
            LocalDate restartedBy = restartAfter(criterion, prior, day);
            if (restartedBy != null && restartedBy.isAfter(restart)) {
                restart = restartedBy;
            }
            int index = weekList.indexOf(monday(day));
            LocalDate windowStart = weekList.get(Math.max(0, index - weeks + 1));
            LocalDate from = windowStart.isAfter(restart) ? windowStart : restart;
            Hit hit = evaluate(criterion, lessons, weight, threshold, weeks, from, day);
            if (hit != null && duo.stream().noneMatch(d -> d.overlaps(windowStart, day))) {
                hits.add(hit);
                restart = day.plusDays(1);
            }
        }
        return hits;
    }

    /** The day after the latest earlier signal of this criterion ending on or before {@code day}, or null. */
    private static LocalDate restartAfter(Criterion criterion, Collection<Hit> prior, LocalDate day) {
        return prior.stream().filter(p -> p.criterion() == criterion && !p.end().isAfter(day))
                .map(p -> p.end().plusDays(1)).max(LocalDate::compareTo).orElse(null);
    }

    private static Hit evaluate(Criterion criterion, Collection<Lesson> lessons, ToIntFunction<Lesson> weight,
                                int threshold, int weeks, LocalDate from, LocalDate day) {
        long sum = 0;
        LocalDate first = null;
        for (Lesson l : lessons) {
            if (l.date().isBefore(from) || l.date().isAfter(day)) {
                continue;
            }
            int w = weight.applyAsInt(l);
            if (w > 0) {
                sum += w;
                first = first == null || l.date().isBefore(first) ? l.date() : first;
            }
        }
        if (sum < threshold || first == null) {
            return null;
        }
        int amount = criterion == Criterion.UNAUTHORISED ? (int) (sum / 60) : (int) sum;
        return new Hit(criterion, first, day, amount, weeks);
    }

    /** As the 16 hours: PO clock minutes, VO and MBO whole lesson hours. */
    private static int weight(Sector sector, Lesson lesson) {
        int minutes = lesson.scheduledMinutes();
        return sector == Sector.PO ? minutes : (minutes + 59) / 60 * 60;
    }

    private static LocalDate monday(LocalDate date) {
        return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
