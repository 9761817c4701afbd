package nl.aanwezig.attendance.importing;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.aanwezig.base.Echo;
import nl.aanwezig.base.Messages;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Finds the school of a row by BRIN, once per school per import, and applies who may import for it: an
 * admin any school, an OC only their own. Remembers the schools that rows were accepted for.
 */
final class SchoolResolver {

    private final JdbcTemplate jdbc;
    private final Long onlySchoolId;
    private final Runnable beforeQuery;
    private final Map<String, Result> byBrin = new HashMap<>();
    private final Set<Long> used = new HashSet<>();

    /**
     * @param onlySchoolId the one school the user may import for, or {@code null} for any
     * @param beforeQuery  runs before the database is asked (to pause a running COPY)
     */
    SchoolResolver(JdbcTemplate jdbc, Long onlySchoolId, Runnable beforeQuery) {
        this.jdbc = jdbc;
        this.onlySchoolId = onlySchoolId;
        this.beforeQuery = beforeQuery;
    }

    /** The school's id and nothing else, or no id and the Dutch reason the row cannot be imported. */
    record Result(Long schoolId, String error) {
    }

    Result resolve(String brin) {
        Result result = byBrin.computeIfAbsent(brin, this::lookUp);
        if (result.schoolId() != null) {
            used.add(result.schoolId());
        }
        return result;
    }

    /**
     * The school of a row of a file that may have no school column: the row's BRIN, else {@code fallbackBrin} (the
     * school the import was started for), else the user's own school (an OC).
     */
    Result resolveOr(String brin, String fallbackBrin) {
        if (brin != null && !brin.isEmpty()) {
            return resolve(brin);
        }
        if (fallbackBrin != null && !fallbackBrin.isBlank()) {
            return resolve(fallbackBrin.strip());
        }
        if (onlySchoolId != null) {
            used.add(onlySchoolId);
            return new Result(onlySchoolId, null);
        }
        return new Result(null, Messages.nl("import.error.noSchool"));
    }

    private Result lookUp(String brin) {
        beforeQuery.run();
        List<Long> ids = jdbc.queryForList("select id from school where brin = ?", Long.class, brin);
        Long id = ids.isEmpty() ? null : ids.getFirst();
        if (onlySchoolId != null && !onlySchoolId.equals(id)) {
            // an OC hears the same for a school that does not exist: no probing which BRINs are known
            return new Result(null, Messages.nl("import.error.noAccess", Echo.of(brin)));
        }
        return id == null ? new Result(null, Messages.nl("import.error.unknownSchool", Echo.of(brin))) : new Result(id, null);
    }

    /** Schools that at least one valid row belonged to. */
    Set<Long> used() {
        return Set.copyOf(used);
    }
}
