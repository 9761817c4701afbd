package nl.aanwezig.attendance.signals;

import java.sql.Date;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.aanwezig.attendance.DuoReportKind;
import nl.aanwezig.attendance.SignalRaised;
import nl.aanwezig.attendance.SignalType;
import nl.aanwezig.attendance.domain.Lesson;
import nl.aanwezig.school.Pupil;
import nl.aanwezig.school.Pupils;
import nl.aanwezig.school.School;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Evaluates the school's own concern criteria (table concern_criteria, kept by the legal module) after an import,
 * for the pupils the import touched with unauthorised absence or lateness; see {@link ConcernRule}.
 */
@Component
class ConcernDetection {

    /** Room for holidays inside the window of school weeks. */
    private static final int HOLIDAY_WEEKS = 4;

    private final JdbcTemplate jdbc;
    private final LessonLoader loader;
    private final SignalStore store;
    private final Pupils pupils;

    ConcernDetection(JdbcTemplate jdbc, LessonLoader loader, SignalStore store, Pupils pupils) {
        this.jdbc = jdbc;
        this.loader = loader;
        this.store = store;
        this.pupils = pupils;
    }

    /** The concern signals due for the changed pupils (stored ones too: storing them again is a no-op). */
    List<SignalRaised> detect(School school, LocalDate from, LocalDate to, Changed changed) {
        ConcernRule.Criteria criteria = criteria(school.id());
        List<SignalRaised> found = new ArrayList<>();
        if (criteria == null || criteria.longestWeeks() == 0) {
            return found;
        }
        List<Long> candidates = loader.candidates(school.id(), "ad.unauthorised_absent_min > 0 or ad.late_count > 0",
                from, to, changed);
        LocalDate since = from.minus(Period.ofWeeks(criteria.longestWeeks() + HOLIDAY_WEEKS));
        Map<Long, List<Lesson>> lessons = loader.unauthorisedAbsencesAndSchoolDays(candidates, since, to);
        addLate(candidates, since, to, lessons);
        Map<Long, List<DuoReport>> duo = store.duoReports(lessons.keySet());
        Map<Long, List<ConcernRule.Hit>> prior = prior(lessons.keySet());
        Map<Long, Pupil> byId = new HashMap<>();
        pupils.findAllById(lessons.keySet()).forEach(p -> byId.put(p.id(), p));
        for (var e : lessons.entrySet()) {
            Pupil pupil = byId.get(e.getKey());
            if (pupil == null || !DuoDuty.applies(pupil, to)) {
                continue;
            }
            List<ConcernRule.Span> duoSpans = duo.getOrDefault(pupil.id(), List.of()).stream()
                    .filter(r -> r.type() == DuoReportKind.DUO_16H)
                    .map(r -> new ConcernRule.Span(r.startDate(), r.endDate())).toList();
            for (ConcernRule.Hit hit : ConcernRule.detect(pupil.sector(), e.getValue(), criteria,
                    prior.getOrDefault(pupil.id(), List.of()), duoSpans)) {
                found.add(signal(pupil, school, hit));
            }
        }
        return found;
    }

    private ConcernRule.Criteria criteria(long schoolId) {
        return jdbc.query("select unauthorised_hours, unauthorised_weeks, late_times, late_weeks from concern_criteria "
                + "where school_id = ?", rs -> rs.next() ? new ConcernRule.Criteria((Integer) rs.getObject(1),
                (Integer) rs.getObject(2), (Integer) rs.getObject(3), (Integer) rs.getObject(4)) : null, schoolId);
    }

    private void addLate(List<Long> pupilIds, LocalDate from, LocalDate to, Map<Long, List<Lesson>> lessons) {
        if (pupilIds.isEmpty()) {
            return;
        }
        jdbc.query("""
                select pupil_id, lesson_date, start_time, end_time, minutes_late from registration
                where pupil_id = any(?) and lesson_date between ? and ? and status = 'te_laat'""", rs -> {
            LocalTime start = rs.getTime(3).toLocalTime();
            lessons.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(Lesson.late(rs.getDate(2).toLocalDate(),
                    start, rs.getTime(4).toLocalTime(), rs.getInt(5)));
        }, pupilIds.toArray(Long[]::new), Date.valueOf(from), Date.valueOf(to));
    }

    /** Earlier concern signals of the pupils; which criterion each met is read from its stored detail. */
    private Map<Long, List<ConcernRule.Hit>> prior(java.util.Set<Long> pupilIds) {
        Map<Long, List<ConcernRule.Hit>> byPupil = new HashMap<>();
        if (pupilIds.isEmpty()) {
            return byPupil;
        }
        jdbc.query("select pupil_id, start_date, end_date, detail from signal where pupil_id = any(?) and type = ?",
                rs -> {
                    ConcernRule.Criterion c = rs.getString(4) != null && rs.getString(4).contains("te laat")
                            ? ConcernRule.Criterion.LATE : ConcernRule.Criterion.UNAUTHORISED;
                    byPupil.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new ConcernRule.Hit(c,
                            rs.getDate(2).toLocalDate(), rs.getDate(3).toLocalDate(), 0, 0));
                }, pupilIds.toArray(Long[]::new), SignalType.CONCERN.name());
        return byPupil;
    }

    private static SignalRaised signal(Pupil pupil, School school, ConcernRule.Hit hit) {
        String detail = hit.criterion() == ConcernRule.Criterion.LATE
                ? hit.amount() + " keer te laat in " + hit.weeks() + " schoolweken"
                : hit.amount() + " uur ongeoorloofd in " + hit.weeks() + " schoolweken";
        return new SignalRaised(pupil.id(), school.id(), SignalType.CONCERN, hit.start(), hit.end(), detail,
                Map.of("startDate", hit.start().toString(), "endDate", hit.end().toString(),
                        "criterion", hit.criterion().name(), "amount", hit.amount(), "weeks", hit.weeks()));
    }
}
