package nl.aanwezig.attendance.signals;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import nl.aanwezig.attendance.domain.Lesson;

/**
 * Langdurig relatief verzuim: a pupil enrolled but away without authorisation for more than 4 consecutive school
 * weeks. Decisions, all exact:
 * <ul>
 *   <li>A school week (an ISO week with at least one lesson; holiday weeks are skipped, as for the 16 hours) counts
 *       when the pupil had unauthorised absence on every school day of it.</li>
 *   <li>A run of counted weeks becomes a signal in its fifth week: start = the first unauthorised absence of the
 *       run, end = the first day of the fifth week with unauthorised absence.</li>
 *   <li>One signal per run: a run is already reported when an earlier LRV signal starts inside it, or, for a run
 *       that begins with the lessons loaded (it may have started earlier), in the {@link #TRUNCATED_LOOKBACK_WEEKS}
 *       weeks before it.</li>
 * </ul>
 */
final class LrvRule {

    static final int WEEKS = 4;
    static final int TRUNCATED_LOOKBACK_WEEKS = 26;

    private LrvRule() {
    }

    /** A run to report: from its first unauthorised absence to the day it passed 4 school weeks. */
    record Run(LocalDate start, LocalDate end) {
    }

    static List<Run> detect(Collection<Lesson> lessons, Collection<LocalDate> priorStarts) {
        SortedMap<LocalDate, List<LocalDate[]>> weeks = weeks(lessons);
        List<Run> runs = new ArrayList<>();
        List<List<LocalDate[]>> current = new ArrayList<>();
        boolean first = true;
        boolean truncated = false;
        for (List<LocalDate[]> week : weeks.values()) {
            boolean counted = week.stream().allMatch(d -> d[1] != null);
            if (!counted) {
                current.clear();
                first = false;
                continue;
            }
            if (current.isEmpty()) {
                truncated = first;
            }
            first = false;
            current.add(week);
            if (current.size() == WEEKS + 1) {
                LocalDate start = current.get(0).get(0)[1];
                LocalDate end = week.get(0)[1];
                if (!reported(start, end, truncated, priorStarts)) {
                    runs.add(new Run(start, end));
                }
            }
        }
        return runs;
    }

    private static boolean reported(LocalDate start, LocalDate end, boolean truncated, Collection<LocalDate> priors) {
        LocalDate from = truncated ? start.minusWeeks(TRUNCATED_LOOKBACK_WEEKS) : start;
        return priors.stream().anyMatch(p -> !p.isBefore(from) && !p.isAfter(end));
    }

    /** Per ISO week (by Monday) its school days, each as {date, date if unauthorised absence else null}. */
    private static SortedMap<LocalDate, List<LocalDate[]>> weeks(Collection<Lesson> lessons) {
        SortedMap<LocalDate, LocalDate> days = new TreeMap<>();
        for (Lesson l : lessons) {
            days.merge(l.date(), l.unauthorisedAbsence() ? l.date() : LocalDate.MIN,
                    (a, b) -> a.equals(LocalDate.MIN) ? b : a);
        }
        SortedMap<LocalDate, List<LocalDate[]>> weeks = new TreeMap<>();
        for (Map.Entry<LocalDate, LocalDate> d : days.entrySet()) {
            LocalDate absent = d.getValue().equals(LocalDate.MIN) ? null : d.getValue();
            weeks.computeIfAbsent(d.getKey().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)),
                    k -> new ArrayList<>()).add(new LocalDate[] {d.getKey(), absent});
        }
        return weeks;
    }
}
