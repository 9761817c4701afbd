package nl.aanwezig.attendance.signals;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.aanwezig.attendance.domain.Lesson;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * "Data is neutral; interpretations are not": registrations that look wrong. A class where nobody was
 * ever absent or late (nobody registered?), lateness registered as a half-day absence, and a school day
 * without any registration inside a week that has school. Each finding is stored once.
 */
@Component
class DataQualityChecks {

    /** A class is judged over four weeks: a single day with nobody absent is normal. */
    static final int CLASS_WINDOW_DAYS = 28;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    DataQualityChecks(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Returns how many new findings were stored. The class and pupil checks look at the changed pupils and their
     * classes; the days without registrations are the school's (a row per day it has, read from the day table).
     */
    int detect(long schoolId, LocalDate from, LocalDate to, Changed changed) {
        List<DataQualityIssue> issues = new ArrayList<>(classesWithoutAbsence(schoolId, to, changed));
        issues.addAll(halfDays(schoolId, from, to, changed));
        issues.addAll(missingDays(schoolId, from, to));
        int stored = 0;
        for (DataQualityIssue issue : issues) {
            stored += jdbc.update("""
                    insert into data_quality_issue (school_id, kind, subject, issue_date, detail, found_at)
                    values (?, ?, ?, ?, ?, ?) on conflict do nothing""", schoolId, issue.kind().name(), issue.subject(),
                    issue.date() == null ? null : Date.valueOf(issue.date()), issue.detail(), Timestamp.from(clock.instant()));
        }
        return stored;
    }

    /**
     * Classes of the school where nobody was absent or late on any of at least 10 days in four weeks. Nearly every
     * class has somebody absent: those are ruled out first through the index of absences and late arrivals (a probe
     * per pupil), and only the classes left are checked day by day.
     */
    private List<DataQualityIssue> classesWithoutAbsence(long schoolId, LocalDate to, Changed changed) {
        LocalDate from = to.minusDays(CLASS_WINDOW_DAYS - 1);
        // one finding per class per week at most: dated on the Monday of the week checked
        LocalDate week = to.with(DayOfWeek.MONDAY);
        // from the school's pupils (indexed by school), not per class: pupil has no index on class
        List<Long> silent = jdbc.queryForList("""
                select c.id from school_class c where c.school_id = ? and c.id not in (
                    select p.class_id from pupil p where p.school_id = ? and p.class_id is not null and exists (
                        select 1 from registration r
                        where r.pupil_id = p.id and r.lesson_date between ? and ? and r.status <> 'aanwezig'))"""
                + (changed.all() ? "" : " and c.id in (select class_id from pupil where id = any(?))"),
                Long.class, changed.args(schoolId, schoolId, Date.valueOf(from), Date.valueOf(to)));
        if (silent.isEmpty()) {
            return List.of();
        }
        return jdbc.query("""
                select c.name from attendance_day ad join pupil p on p.id = ad.pupil_id join school_class c on c.id = p.class_id
                where ad.school_id = ? and ad.lesson_date between ? and ? and c.id = any(?)
                group by c.name having count(distinct ad.lesson_date) >= 10
                order by c.name""", (rs, i) -> new DataQualityIssue(DataQualityIssue.Kind.CLASS_WITHOUT_ABSENCE,
                rs.getString(1), week, "geen enkele afwezigheid of te-laatmelding in vier weken: wordt er geregistreerd?"),
                schoolId, Date.valueOf(from), Date.valueOf(to), silent.toArray(Long[]::new));
    }

    /**
     * Lateness as a half-day absence needs, on one day, an unauthorised absence and a lesson present: only those
     * pupil-days are read (found in the day table), each as a whole, not every lesson of every suspect pupil.
     */
    private List<DataQualityIssue> halfDays(long schoolId, LocalDate from, LocalDate to, Changed changed) {
        Map<Long, List<Lesson>> lessons = new HashMap<>();
        Map<Long, String> numbers = new HashMap<>();
        jdbc.query("""
                select r.pupil_id, r.lesson_date, r.start_time, r.end_time, r.status, r.reason, r.minutes_late, p.leerling
                from attendance_day ad join registration r on r.pupil_id = ad.pupil_id and r.lesson_date = ad.lesson_date
                join pupil p on p.id = ad.pupil_id
                where ad.school_id = ? and ad.lesson_date between ? and ?
                  and ad.unauthorised_absent_min > 0 and ad.present_min > 0""" + changed.and("ad.pupil_id"), rs -> {
            lessons.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(LessonLoader.lesson(rs));
            numbers.put(rs.getLong(1), rs.getString(8));
        }, changed.args(schoolId, Date.valueOf(from), Date.valueOf(to)));
        List<DataQualityIssue> issues = new ArrayList<>();
        lessons.forEach((pupilId, list) ->
                issues.addAll(DataQualityRule.latenessAsHalfDayAbsence(numbers.get(pupilId), list)));
        return issues;
    }

    /**
     * School days are the weekdays of weeks in which the school registered anything (a holiday week has
     * no registrations at all and is no school week), up to today.
     */
    private List<DataQualityIssue> missingDays(long schoolId, LocalDate from, LocalDate to) {
        LocalDate start = from.with(DayOfWeek.MONDAY);
        LocalDate end = to.isAfter(LocalDate.now(clock)) ? LocalDate.now(clock) : to;
        // every registration makes a row in the day table: its dates are the days with registrations
        Set<LocalDate> dates = new HashSet<>(jdbc.queryForList("""
                select distinct ad.lesson_date from attendance_day ad
                where ad.school_id = ? and ad.lesson_date between ? and ?""", LocalDate.class, schoolId,
                Date.valueOf(start), Date.valueOf(end)));
        Set<Integer> schoolWeeks = new HashSet<>();
        dates.forEach(d -> schoolWeeks.add(d.get(IsoFields.WEEK_BASED_YEAR) * 100 + d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)));
        Set<LocalDate> schoolDays = new TreeSet<>();
        for (LocalDate d : DataQualityRule.weekdays(start, end)) {
            if (schoolWeeks.contains(d.get(IsoFields.WEEK_BASED_YEAR) * 100 + d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR))) {
                schoolDays.add(d);
            }
        }
        return DataQualityRule.daysWithoutRegistrations("school", schoolDays, dates);
    }
}
