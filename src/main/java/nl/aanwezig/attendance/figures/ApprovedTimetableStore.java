package nl.aanwezig.attendance.figures;

import java.sql.Date;
import java.sql.Time;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.aanwezig.attendance.domain.ApprovedTimetable;
import nl.aanwezig.attendance.domain.ApprovedTimetable.TimeWindow;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The approved timetables ({@code approved_timetable}, V19) with plain JDBC: the figures and the signal rules read
 * them by pupil and date; {@link ApprovedTimetables} writes them.
 */
@Repository
public class ApprovedTimetableStore {

    private static final String SELECT = """
            select t.id, t.pupil_id, t.valid_from, t.valid_to, w.weekday, w.start_time, w.end_time
            from approved_timetable t left join approved_timetable_window w on w.timetable_id = t.id
            """;

    private final JdbcTemplate jdbc;

    ApprovedTimetableStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A pupil's approved timetable. */
    public record PupilTimetable(long pupilId, ApprovedTimetable timetable) {
    }

    /** The timetables of pupils of these schools that apply on a day of {@code [from, to]}. */
    public List<PupilTimetable> ofSchools(Long[] schoolIds, LocalDate from, LocalDate to) {
        return read(SELECT + "join pupil p on p.id = t.pupil_id where p.school_id = any(?) and t.valid_from <= ? "
                + "and t.valid_to >= ?", schoolIds, Date.valueOf(to), Date.valueOf(from));
    }

    /** The timetables of these pupils that apply on a day of {@code [from, to]}. */
    public List<PupilTimetable> ofPupils(Collection<Long> pupilIds, LocalDate from, LocalDate to) {
        if (pupilIds.isEmpty()) {
            return List.of();
        }
        return read(SELECT + "where t.pupil_id = any(?) and t.valid_from <= ? and t.valid_to >= ?",
                pupilIds.toArray(Long[]::new), Date.valueOf(to), Date.valueOf(from));
    }

    Optional<PupilTimetable> bySource(String sourceKey) {
        return read(SELECT + "where t.source_key = ?", sourceKey).stream().findFirst();
    }

    void insert(String sourceKey, long pupilId, ApprovedTimetable t) {
        Long id = jdbc.queryForObject("insert into approved_timetable (pupil_id, source_key, valid_from, valid_to) "
                + "values (?, ?, ?, ?) returning id", Long.class, pupilId, sourceKey, Date.valueOf(t.validFrom()),
                Date.valueOf(t.validTo()));
        List<Object[]> rows = new ArrayList<>();
        t.windows().forEach((day, windows) -> windows.forEach(w -> rows.add(new Object[] {id, day.getValue(),
                Time.valueOf(w.from()), Time.valueOf(w.to())})));
        jdbc.batchUpdate("insert into approved_timetable_window (timetable_id, weekday, start_time, end_time) "
                + "values (?, ?, ?, ?)", rows);
    }

    void endOn(String sourceKey, LocalDate lastDay) {
        jdbc.update("update approved_timetable set valid_to = ? where source_key = ?", Date.valueOf(lastDay), sourceKey);
    }

    void delete(String sourceKey) {
        jdbc.update("delete from approved_timetable where source_key = ?", sourceKey);
    }

    private List<PupilTimetable> read(String sql, Object... args) {
        Map<Long, Row> byId = new LinkedHashMap<>();
        jdbc.query(sql, rs -> {
            Row row = byId.computeIfAbsent(rs.getLong(1), k -> new Row(rs));
            if (rs.getObject(5) != null) {
                row.windows.computeIfAbsent(DayOfWeek.of(rs.getInt(5)), d -> new ArrayList<>())
                        .add(new TimeWindow(rs.getTime(6).toLocalTime(), rs.getTime(7).toLocalTime()));
            }
        }, args);
        return byId.values().stream().map(r -> new PupilTimetable(r.pupilId,
                new ApprovedTimetable(r.from, r.to, r.windows))).toList();
    }

    /** A timetable while its window rows come in. */
    private static final class Row {
        final long pupilId;
        final LocalDate from;
        final LocalDate to;
        final Map<DayOfWeek, List<TimeWindow>> windows = new EnumMap<>(DayOfWeek.class);

        Row(java.sql.ResultSet rs) {
            try {
                pupilId = rs.getLong(2);
                from = rs.getDate(3).toLocalDate();
                to = rs.getDate(4).toLocalDate();
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
