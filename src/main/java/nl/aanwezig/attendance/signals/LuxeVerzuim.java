package nl.aanwezig.attendance.signals;

import nl.aanwezig.attendance.DuoReportKind;
import nl.aanwezig.attendance.domain.AbsenceReason;
import nl.aanwezig.attendance.domain.Lesson;

import java.time.LocalDate;
import nl.aanwezig.school.Sector;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Luxe verzuim reports: one per run of consecutive luxeverzuim school days, whatever the hours.
 * A school day is a luxeverzuim day when any lesson that day is {@code afwezig/luxeverzuim}; the run is
 * broken by a school day without such a lesson, not by weekends or holidays (days without lessons).
 */
final class LuxeVerzuim {

    private LuxeVerzuim() {
    }

    static List<DuoReport> reports(Sector sector, Collection<Lesson> lessons, Collection<DuoReport> priorReports) {
        Set<LocalDate> priorStarts = priorReports.stream().filter(r -> r.type() == DuoReportKind.LUXE)
                .map(DuoReport::startDate).collect(Collectors.toSet());
        // per school day the weight of luxe absence; 0 marks a school day without any
        SortedMap<LocalDate, Integer> weightPerDay = new TreeMap<>();
        for (Lesson lesson : lessons) {
            int weight = lesson.absentFor(AbsenceReason.LUXEVERZUIM) ? DuoRule.weightMinutes(sector, lesson) : 0;
            weightPerDay.merge(lesson.date(), weight, Integer::sum);
        }
        List<DuoReport> reports = new ArrayList<>();
        Run run = null;
        for (var entry : weightPerDay.entrySet()) {
            if (entry.getValue() > 0) {
                run = run == null ? new Run(entry.getKey()) : run;
                run.add(entry.getKey(), entry.getValue());
            } else if (run != null) {
                addUnlessFiled(reports, priorStarts, run.report(sector));
                run = null;
            }
        }
        if (run != null) {
            addUnlessFiled(reports, priorStarts, run.report(sector));
        }
        return reports;
    }

    /** A run of consecutive luxe verzuim school days being collected. */
    private static final class Run {
        final LocalDate start;
        LocalDate last;
        long weight;

        Run(LocalDate start) {
            this.start = start;
        }

        void add(LocalDate day, int dayWeight) {
            last = day;
            weight += dayWeight;
        }

        DuoReport report(Sector sector) {
            return new DuoReport(start, last, DuoRule.hours(weight), DuoReportKind.LUXE);
        }
    }

    private static void addUnlessFiled(List<DuoReport> reports, Set<LocalDate> priorStarts, DuoReport report) {
        if (!priorStarts.contains(report.startDate())) {
            reports.add(report);
        }
    }
}
