package nl.aanwezig.attendance.signals;

import nl.aanwezig.attendance.DuoReportKind;
import nl.aanwezig.attendance.domain.Lesson;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import nl.aanwezig.school.Sector;

/**
 * The DUO verzuimmelding rules for one pupil: 16 hours of unauthorised absence within 4 consecutive
 * school weeks, and luxe verzuim. Whether the pupil is subject to reporting at all (under 18 or without
 * start qualification) is the caller's concern.
 *
 * <p>Decisions, all exact:
 * <ul>
 *   <li>Counted: absence for spijbelen, onbekend and luxeverzuim. Luxeverzuim counts toward the 16 hours
 *       too, because it is unauthorised absence; it additionally gets its own report type.</li>
 *   <li>VO and MBO count lesson hours: a missed lesson of at most 60 minutes is one hour, a longer one
 *       counts {@code ceil(minutes / 60)} hours (a 90-minute block is two lessons' worth of time missed).
 *       PO counts clock time: the threshold is 16 * 60 minutes; reported hours are rounded down.</li>
 *   <li>School weeks are ISO weeks in which the pupil has at least one lesson; weeks without lessons
 *       (holidays) are skipped, so a window can span more than 4 calendar weeks. The window ending on day
 *       {@code d} starts on the Monday of the third school week before the week of {@code d}.</li>
 *   <li>The threshold is checked on school days (dates with lessons). The end date is the first school
 *       day on which the count reaches 16 hours; the start date is the first counted absence.</li>
 *   <li>After a report, counting restarts the day after its end date. The 7-day rule: a next report's
 *       end date is at least the previous end date + 7 days. Absence reaching the threshold earlier keeps
 *       accumulating and is reported on the first school day on or after that date on which the count
 *       (since the restart, within the window) is still at least 16 hours.</li>
 *   <li>Idempotence: prior reports are passed in. A prior 16-hour report acts as a report on its end
 *       date (restart and 7-day rule apply) and is not returned again; a luxe verzuim run whose start
 *       date equals a prior luxe report's start date is not returned again.</li>
 * </ul>
 */
public final class DuoRule {

    static final int THRESHOLD_MINUTES = 16 * 60;
    static final int MIN_DAYS_BETWEEN_REPORTS = 7;

    private DuoRule() {
    }

    /**
     * Detects the reports due for one pupil that have not been filed yet.
     *
     * @param sector       the pupil's sector; decides lesson hours (VO, MBO) or clock time (PO)
     * @param lessons      all lessons of one pupil, in any order
     * @param priorReports reports already filed for this pupil
     * @return new reports, ordered by end date (16-hour reports before luxe reports on the same date)
     */
    public static List<DuoReport> detect(Sector sector, Collection<Lesson> lessons, Collection<DuoReport> priorReports) {
        List<DuoReport> reports = new ArrayList<>(sixteenHourReports(sector, lessons, priorReports));
        reports.addAll(LuxeVerzuim.reports(sector, lessons, priorReports));
        reports.sort(Comparator.comparing(DuoReport::endDate).thenComparing(DuoReport::type));
        return reports;
    }

    /** Weight of one counted absence in minutes: clock minutes for PO, whole hours for VO and MBO. */
    static int weightMinutes(Sector sector, Lesson lesson) {
        int minutes = lesson.scheduledMinutes();
        return sector == Sector.PO ? minutes : ceilHours(minutes) * 60;
    }

    /** Whole hours in a weight; for VO and MBO weights are whole hours already, PO rounds down. */
    static int hours(long weightMinutes) {
        return (int) (weightMinutes / 60);
    }

    private static int ceilHours(int minutes) {
        return (minutes + 59) / 60;
    }

    private static List<DuoReport> sixteenHourReports(Sector sector, Collection<Lesson> lessons,
                                                      Collection<DuoReport> priorReports) {
        SchoolWeeks weeks = new SchoolWeeks(lessons);
        List<Lesson> counted = lessons.stream().filter(Lesson::unauthorisedAbsence)
                .sorted(Comparator.comparing(Lesson::date)).toList();
        SortedSet<LocalDate> priorEnds = new TreeSet<>();
        priorReports.stream().filter(r -> r.type() == DuoReportKind.DUO_16H).forEach(r -> priorEnds.add(r.endDate()));
        Counting state = new Counting();
        List<DuoReport> reports = new ArrayList<>();
        for (LocalDate day : weeks.schoolDays()) {
            applyPriorReportsBefore(day, priorEnds, state);
            if (priorEnds.contains(day)) {
                state.reportedOn(day);
                continue;
            }
            if (day.isBefore(state.earliestReport)) {
                continue;
            }
            DuoReport report = evaluate(sector, counted, state.countFrom(weeks.windowStart(day)), day);
            if (report != null) {
                reports.add(report);
                state.reportedOn(day);
            }
        }
        return reports;
    }

    private static void applyPriorReportsBefore(LocalDate day, SortedSet<LocalDate> priorEnds, Counting state) {
        for (LocalDate prior : priorEnds.headSet(day)) {
            if (!prior.isBefore(state.restart)) {
                state.reportedOn(prior);
            }
        }
    }

    private static DuoReport evaluate(Sector sector, List<Lesson> counted, LocalDate from, LocalDate day) {
        long weight = 0;
        LocalDate first = null;
        for (Lesson lesson : counted) {
            if (lesson.date().isBefore(from) || lesson.date().isAfter(day)) {
                continue;
            }
            weight += weightMinutes(sector, lesson);
            first = first == null ? lesson.date() : first;
        }
        if (weight < THRESHOLD_MINUTES) {
            return null;
        }
        return new DuoReport(first, day, hours(weight), DuoReportKind.DUO_16H);
    }

    /** Where counting restarts and when the next report may be raised. */
    private static final class Counting {
        LocalDate restart = LocalDate.MIN;
        LocalDate earliestReport = LocalDate.MIN;

        void reportedOn(LocalDate endDate) {
            restart = endDate.plusDays(1);
            earliestReport = endDate.plusDays(MIN_DAYS_BETWEEN_REPORTS);
        }

        LocalDate countFrom(LocalDate windowStart) {
            return windowStart.isAfter(restart) ? windowStart : restart;
        }
    }

    /** The pupil's school days and school weeks (ISO weeks with at least one lesson). */
    static final class SchoolWeeks {
        private final SortedSet<LocalDate> days = new TreeSet<>();
        private final List<LocalDate> mondays;

        SchoolWeeks(Collection<Lesson> lessons) {
            SortedSet<LocalDate> weekStarts = new TreeSet<>();
            for (Lesson lesson : lessons) {
                days.add(lesson.date());
                weekStarts.add(monday(lesson.date()));
            }
            mondays = List.copyOf(weekStarts);
        }

        SortedSet<LocalDate> schoolDays() {
            return days;
        }

        /** Monday of the first of the 4 school weeks ending with the week of {@code day}. */
        LocalDate windowStart(LocalDate day) {
            return windowStart(day, 4);
        }

        /** Monday of the first of the {@code count} school weeks ending with the week of {@code day}. */
        LocalDate windowStart(LocalDate day, int count) {
            int index = mondays.indexOf(monday(day));
            return mondays.get(Math.max(0, index - (count - 1)));
        }

        private static LocalDate monday(LocalDate date) {
            return date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        }
    }
}
