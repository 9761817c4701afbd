package nl.aanwezig.attendance.importing;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The registration imports' school locks ({@link Staging#lockSchools}), taken one by one as the direct route meets
 * the file's schools. It waits only for a school above every one it holds, the order {@code lockSchools} keeps, so no
 * two imports wait on each other in a circle; a school below is only tried, and when another import holds it the
 * direct route gives its locks up (rolling back to its savepoint) and the staged route takes them all in order.
 */
final class OrderedSchoolLocks {
    private final JdbcTemplate jdbc;
    private long highest = Long.MIN_VALUE;

    OrderedSchoolLocks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether the school is locked now; {@code false} only when another transaction holds it. */
    boolean lock(long schoolId) {
        if (schoolId > highest) {
            Staging.lockSchools(jdbc, List.of(schoolId));
            highest = schoolId;
            return true;
        }
        return Staging.tryLock(jdbc, schoolId);
    }
}
