package nl.aanwezig.attendance;

import java.util.Arrays;
import java.sql.Date;
import java.sql.Time;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Registrations are written and read with plain JDBC: they are the high-volume table, and the
 * natural key (pupil, date, start) makes the same registration written twice a no-op.
 */
@Repository
public class RegistrationStore {

    private final JdbcTemplate jdbc;

    RegistrationStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts new registrations; an identical one already stored is left alone. Returns rows inserted. */
    public int insert(List<RegistrationRecord> records) {
        int[][] counts = jdbc.batchUpdate("""
                insert into registration (pupil_id, lesson_date, start_time, end_time, status, reason, minutes_late)
                values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing""", records, 1000, (ps, r) -> {
            ps.setLong(1, r.pupilId());
            ps.setDate(2, Date.valueOf(r.date()));
            ps.setTime(3, Time.valueOf(r.start()));
            ps.setTime(4, Time.valueOf(r.end()));
            ps.setString(5, r.status());
            ps.setString(6, r.reason());
            ps.setInt(7, r.minutesLate());
        });
        int inserted = 0;
        for (int[] batch : counts) {
            for (int c : batch) {
                inserted += Math.max(c, 0);
            }
        }
        return inserted;
    }

    public List<RegistrationRecord> ofPupil(long pupilId, LocalDate from, LocalDate to) {
        return jdbc.query("""
                select pupil_id, lesson_date, start_time, end_time, status, reason, minutes_late
                from registration where pupil_id = ? and lesson_date between ? and ?
                order by lesson_date, start_time""", (rs, i) -> new RegistrationRecord(
                rs.getLong(1), rs.getDate(2).toLocalDate(), rs.getTime(3).toLocalTime(), rs.getTime(4).toLocalTime(),
                rs.getString(5), rs.getString(6), rs.getInt(7)), pupilId, Date.valueOf(from), Date.valueOf(to));
    }

    /** Unexplained absences of one day, per pupil with the lesson start times, for the given pupils' school. */
    public List<UnexplainedAbsence> unexplainedOn(LocalDate date, long schoolId) {
        return unexplainedOn(date, schoolId, null);
    }

    /** As {@link #unexplainedOn(LocalDate, long)}, of these pupils only (null: every pupil of the school). */
    public List<UnexplainedAbsence> unexplainedOn(LocalDate date, long schoolId, Long[] pupilIds) {
        // the pupils' own rows by the primary key when they are named, not the school's day
        String only = pupilIds == null ? "" : " and r.pupil_id = any(?)";
        Object[] args = pupilIds == null ? new Object[] {Date.valueOf(date), schoolId}
                : new Object[] {Date.valueOf(date), schoolId, pupilIds};
        return jdbc.query("""
                select r.pupil_id, array_agg(r.start_time order by r.start_time)
                from registration r join pupil p on p.id = r.pupil_id
                where r.lesson_date = ? and p.school_id = ? and r.status = 'afwezig' and r.reason = 'onbekend'%s
                group by r.pupil_id order by r.pupil_id""".formatted(only), (rs, i) -> new UnexplainedAbsence(
                rs.getLong(1), date, times((Object[]) rs.getArray(2).getArray())), args);
    }

    private static List<LocalTime> times(Object[] values) {
        return Arrays.stream(values).map(v -> ((Time) v).toLocalTime()).toList();
    }

    /** A pupil's unexplained absence on one day. */
    public record UnexplainedAbsence(long pupilId, LocalDate date, List<LocalTime> lessons) {
    }
}
