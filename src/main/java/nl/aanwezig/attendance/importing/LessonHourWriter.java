package nl.aanwezig.attendance.importing;

import java.sql.Time;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import nl.aanwezig.attendance.importing.SchoolScheduleService.LessonHour;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes a school's checked bell schedule, in the caller's transaction, and derives the covered periods again; the
 * same schedule again changes nothing.
 */
final class LessonHourWriter {

    private final JdbcTemplate jdbc;
    private final LessonDerivation derivation;

    LessonHourWriter(JdbcTemplate jdbc, LessonDerivation derivation) {
        this.jdbc = jdbc;
        this.derivation = derivation;
    }

    ImportResult replace(long schoolId, List<LessonHour> hours) {
        Staging.lockSchools(jdbc, Set.of(schoolId));
        if (SchoolLists.lessonHours(jdbc, schoolId).equals(hours.stream().sorted(Comparator.comparingInt(LessonHour::weekday)
                .thenComparing(LessonHour::start)).toList())) {
            return new ImportResult(0, hours.size(), 0, List.of(), false, false, new ImportResult.ExportOutcome(0, 0,
                    List.of()));
        }
        jdbc.update("delete from lesson_hour where school_id = ?", schoolId);
        jdbc.batchUpdate("insert into lesson_hour (school_id, weekday, hour, start_time, end_time) values (?, ?, ?, ?, ?)",
                hours, 200, (ps, h) -> {
                    ps.setLong(1, schoolId);
                    ps.setInt(2, h.weekday());
                    ps.setString(3, h.hour());
                    ps.setTime(4, Time.valueOf(h.start()));
                    ps.setTime(5, Time.valueOf(h.end()));
                });
        int lessons = derivation.deriveCovered(schoolId);
        return new ImportResult(hours.size(), 0, 0, List.of(), false, false,
                new ImportResult.ExportOutcome(0, lessons, List.of()));
    }
}
