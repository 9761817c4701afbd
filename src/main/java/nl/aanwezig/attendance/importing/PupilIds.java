package nl.aanwezig.attendance.importing;

import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Pupil ids by school and pupil number, loaded one school at a time when its first row arrives. Memory grows
 * with the pupils of the schools in the file (thousands), not with the rows (a million): that is what lets
 * the registrations go to staging with their pupil id, without a join per row later.
 */
final class PupilIds {

    private final JdbcTemplate jdbc;
    private final Runnable beforeQuery;
    private final Map<Long, Map<String, Long>> bySchool = new HashMap<>();

    /** @param beforeQuery runs before the database is asked (to pause a running COPY) */
    PupilIds(JdbcTemplate jdbc, Runnable beforeQuery) {
        this.jdbc = jdbc;
        this.beforeQuery = beforeQuery;
    }

    /** The pupil's id, or {@code null} when the school has no such pupil. */
    Long find(long schoolId, String leerling) {
        return bySchool.computeIfAbsent(schoolId, this::load).get(leerling);
    }

    private Map<String, Long> load(long schoolId) {
        beforeQuery.run();
        Map<String, Long> ids = new HashMap<>();
        jdbc.query("select leerling, id from pupil where school_id = ?",
                rs -> {
                    ids.put(rs.getString(1), rs.getLong(2));
                }, schoolId);
        return ids;
    }
}
