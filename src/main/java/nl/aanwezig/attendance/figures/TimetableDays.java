package nl.aanwezig.attendance.figures;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.aanwezig.attendance.domain.AbsenceReason;
import nl.aanwezig.attendance.domain.ApprovedTimetable;
import nl.aanwezig.attendance.domain.AttendanceStatus;
import nl.aanwezig.attendance.domain.Figures;
import nl.aanwezig.attendance.domain.Lesson;
import nl.aanwezig.attendance.figures.ApprovedTimetableStore.PupilTimetable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Rewrites the {@code attendance_day} rows of pupils on an approved timetable with the domain rule
 * ({@link Figures#of(java.util.Collection, ApprovedTimetable)}), after the plain rows were built in SQL. Few pupils
 * have one, so reading their lessons in Java costs little and keeps one definition of the rule. A day without any
 * counted minutes gets no row: it is no school day against the pupil's norm (as the rule ignores such lessons).
 */
@Component
class TimetableDays {

    private final JdbcTemplate jdbc;

    TimetableDays(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Applies each timetable to the days of {@code range} it covers. */
    void apply(List<PupilTimetable> timetables, LocalDate from, LocalDate to) {
        for (PupilTimetable pt : timetables) {
            ApprovedTimetable t = pt.timetable();
            LocalDate start = t.validFrom().isAfter(from) ? t.validFrom() : from;
            LocalDate end = t.validTo().isBefore(to) ? t.validTo() : to;
            if (!end.isBefore(start)) {
                rewrite(pt.pupilId(), t, start, end);
            }
        }
    }

    private void rewrite(long pupilId, ApprovedTimetable t, LocalDate from, LocalDate to) {
        Map<LocalDate, List<Lesson>> days = lessons(pupilId, from, to);
        jdbc.update("delete from attendance_day where pupil_id = ? and lesson_date between ? and ?",
                pupilId, Date.valueOf(from), Date.valueOf(to));
        Long schoolId = jdbc.queryForObject("select school_id from pupil where id = ?", Long.class, pupilId);
        List<Object[]> rows = new ArrayList<>();
        days.forEach((date, lessons) -> {
            Figures f = Figures.of(lessons, t);
            if (f.scheduledMinutes() > 0) {
                boolean sick = lessons.stream().anyMatch(l -> l.absentFor(AbsenceReason.ZIEK)
                        && t.countedMinutes(l.date(), l.start(), l.end()) > 0);
                rows.add(new Object[] {pupilId, Date.valueOf(date), schoolId, (int) f.scheduledMinutes(),
                        (int) f.presentMinutes(), (int) f.authorisedAbsentMinutes(), (int) f.unauthorisedAbsentMinutes(),
                        f.lateCount(), (int) f.lateMinutes(), sick});
            }
        });
        jdbc.batchUpdate("""
                insert into attendance_day (pupil_id, lesson_date, school_id, scheduled_min, present_min,
                    authorised_absent_min, unauthorised_absent_min, late_count, late_min, sick)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
    }

    private Map<LocalDate, List<Lesson>> lessons(long pupilId, LocalDate from, LocalDate to) {
        Map<LocalDate, List<Lesson>> days = new TreeMap<>();
        jdbc.query("""
                select lesson_date, start_time, end_time, status, reason, minutes_late from registration
                where pupil_id = ? and lesson_date between ? and ?""", rs -> {
                    String reason = rs.getString(5);
                    days.computeIfAbsent(rs.getDate(1).toLocalDate(), d -> new ArrayList<>()).add(new Lesson(
                            rs.getDate(1).toLocalDate(), rs.getTime(2).toLocalTime(), rs.getTime(3).toLocalTime(),
                            AttendanceStatus.parse(rs.getString(4)), reason == null ? null : AbsenceReason.parse(reason),
                            rs.getInt(6)));
                }, pupilId, Date.valueOf(from), Date.valueOf(to));
        return days;
    }
}
