package nl.aanwezig.attendance.signals;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.aanwezig.attendance.DuoReportKind;
import nl.aanwezig.attendance.domain.Lesson;
import nl.aanwezig.school.Pupil;
import nl.aanwezig.school.Pupils;
import nl.aanwezig.school.Sector;
import org.springframework.stereotype.Component;

/**
 * How far a school's pupils are on their way to the DUO line (16 hours of unauthorised absence in 4 school weeks),
 * counted as {@link DuoRule} counts, before a report exists; and the same count over another number of school weeks
 * (the school's own concern criterion). Only pupils the DUO duty applies to, with at least one hour counted.
 */
@Component
public class DuoLineProgress {

    /** The DUO line's window. */
    public static final int DUO_WEEKS = 4;
    /** Room for holidays inside the window of school weeks. */
    private static final int HOLIDAY_WEEKS = 4;

    /** Hours of unauthorised absence counted in a window of school weeks, and the window's first and last day. */
    public record Count(LocalDate from, LocalDate to, int hours) {
    }

    /** One pupil: the count toward the DUO line and the count over the school's own number of weeks. */
    public record Progress(long pupilId, Count duo, Count own) {
    }

    private final LessonLoader loader;
    private final SignalStore store;
    private final Pupils pupils;

    DuoLineProgress(LessonLoader loader, SignalStore store, Pupils pupils) {
        this.loader = loader;
        this.store = store;
        this.pupils = pupils;
    }

    /** The school's pupils with unauthorised hours counted on {@code day}; {@code ownWeeks} is the school's window. */
    public List<Progress> ofSchool(long schoolId, LocalDate day, int ownWeeks) {
        LocalDate since = day.minus(Period.ofWeeks(Math.max(DUO_WEEKS, ownWeeks) + HOLIDAY_WEEKS));
        List<Long> candidates = loader.candidatesInRegistrations(schoolId, "r.status = 'afwezig' and r.reason in "
                + LessonLoader.UNAUTHORISED, since, day);
        Map<Long, List<Lesson>> lessons = loader.unauthorisedAbsencesAndSchoolDays(candidates, since, day);
        Map<Long, List<DuoReport>> prior = store.duoReports(lessons.keySet());
        Map<Long, Pupil> byId = new HashMap<>();
        pupils.findAllById(lessons.keySet()).forEach(p -> byId.put(p.id(), p));
        List<Progress> out = new ArrayList<>();
        for (var e : lessons.entrySet()) {
            Pupil pupil = byId.get(e.getKey());
            if (pupil == null || !DuoDuty.applies(pupil, day)) {
                continue;
            }
            List<DuoReport> reports = prior.getOrDefault(pupil.id(), List.of());
            Count duo = count(pupil.sector(), e.getValue(), reports, day, DUO_WEEKS);
            if (duo != null && duo.hours() > 0) {
                out.add(new Progress(pupil.id(), duo, count(pupil.sector(), e.getValue(), reports, day, ownWeeks)));
            }
        }
        return out;
    }

    /**
     * The unauthorised hours counted on {@code day} over the {@code schoolWeeks} school weeks ending with the week of
     * {@code day}, from the day after the last earlier 16-hour report at the latest. Null without a school day.
     */
    static Count count(Sector sector, Collection<Lesson> lessons, Collection<DuoReport> priorReports, LocalDate day,
                       int schoolWeeks) {
        List<Lesson> upTo = lessons.stream().filter(l -> !l.date().isAfter(day)).toList();
        if (upTo.isEmpty()) {
            return null;
        }
        DuoRule.SchoolWeeks weeks = new DuoRule.SchoolWeeks(upTo);
        LocalDate from = weeks.windowStart(weeks.schoolDays().last(), schoolWeeks);
        for (DuoReport r : priorReports) {
            if (r.type() == DuoReportKind.DUO_16H && !r.endDate().isAfter(day) && r.endDate().plusDays(1).isAfter(from)) {
                from = r.endDate().plusDays(1);
            }
        }
        long weight = 0;
        for (Lesson lesson : upTo) {
            if (lesson.unauthorisedAbsence() && !lesson.date().isBefore(from)) {
                weight += DuoRule.weightMinutes(sector, lesson);
            }
        }
        return new Count(from, day, DuoRule.hours(weight));
    }
}
