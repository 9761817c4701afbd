package nl.aanwezig.attendance.importing;

import java.util.List;
import nl.aanwezig.attendance.domain.AbsenceCode;
import nl.aanwezig.attendance.domain.AbsenceReason;
import nl.aanwezig.attendance.domain.CodeStatus;
import nl.aanwezig.attendance.importing.SchoolScheduleService.LessonHour;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads a school's code list, bell schedule and default lateness as stored: for the service that shows and replaces
 * them (after its access check) and for the reading of an absence export inside an import.
 */
final class SchoolLists {

    private SchoolLists() {
    }

    static List<AbsenceCode> codes(JdbcTemplate jdbc, long schoolId) {
        return jdbc.query("select code, status, reason, authorised, description from absence_code where school_id = ? "
                + "order by code_key", (rs, i) -> new AbsenceCode(rs.getString(1), CodeStatus.parse(rs.getString(2)),
                rs.getString(3) == null ? null : AbsenceReason.parse(rs.getString(3)),
                (Boolean) rs.getObject(4), rs.getString(5)), schoolId);
    }

    static List<LessonHour> lessonHours(JdbcTemplate jdbc, long schoolId) {
        return jdbc.query("select weekday, hour, start_time, end_time from lesson_hour where school_id = ? "
                + "order by weekday, start_time", (rs, i) -> new LessonHour(rs.getInt(1), rs.getString(2),
                rs.getTime(3).toLocalTime(), rs.getTime(4).toLocalTime()), schoolId);
    }

    static int defaultMinutesLate(JdbcTemplate jdbc, long schoolId) {
        Integer minutes = jdbc.queryForObject("select default_minutes_late from school where id = ?", Integer.class,
                schoolId);
        return minutes == null ? 0 : minutes;
    }
}
