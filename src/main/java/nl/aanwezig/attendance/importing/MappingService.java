package nl.aanwezig.attendance.importing;

import org.springframework.security.access.prepost.PreAuthorize;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.aanwezig.base.Echo;
import nl.aanwezig.attendance.importing.reading.ColumnMapping;
import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.security.CurrentUsers;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Column mappings saved by name, so a school maps its administration's export once and picks it at every
 * import. Only canonical column names of the mapping's kind are accepted.
 */
@Service
public class MappingService {

    private static final int MAX_NAME = 80;
    private static final RowMapper<SavedMapping> ROW = (rs, i) -> new SavedMapping(rs.getString("name"),
            ImportKind.valueOf(rs.getString("kind")), ColumnMapping.parse(rs.getString("mapping")),
            rs.getString("created_by"), rs.getTimestamp("created_at").toInstant());

    private final JdbcTemplate jdbc;
    private final CurrentUsers users;
    private final Clock clock;

    MappingService(JdbcTemplate jdbc, CurrentUsers users, Clock clock) {
        this.jdbc = jdbc;
        this.users = users;
        this.clock = clock;
    }

    /**
     * Saves a new mapping.
     *
     * @param sourceByCanonical source header name per canonical column; columns left out keep their own name
     * @throws UserFacingException for an empty or taken name, or a column that is not of this kind
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'OC')")
    @Transactional
    public SavedMapping save(String name, ImportKind kind, Map<String, String> sourceByCanonical) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_NAME) {
            throw new UserFacingException("import.mapping.error.name");
        }
        ColumnMapping mapping = validated(kind, sourceByCanonical);
        if (get(trimmed).isPresent()) {
            throw new UserFacingException("import.mapping.error.exists", trimmed);
        }
        SavedMapping saved = new SavedMapping(trimmed, kind, mapping, users.require().username(), clock.instant());
        jdbc.update("insert into column_mapping (name, kind, mapping, created_by, created_at) values (?, ?, ?, ?, ?)",
                saved.name(), kind.name(), mapping.toProperties(), saved.createdBy(), Timestamp.from(saved.createdAt()));
        return saved;
    }

    private static ColumnMapping validated(ImportKind kind, Map<String, String> sourceByCanonical) {
        for (String canonical : sourceByCanonical.keySet()) {
            if (!kind.columns().contains(canonical)) {
                throw new UserFacingException("import.mapping.error.invalid", "onbekende kolom '" + Echo.of(canonical) + "'");
            }
        }
        try {
            return ColumnMapping.of(sourceByCanonical);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new UserFacingException("import.mapping.error.invalid", e.getMessage());
        }
    }

    /** The saved mappings of one kind, by name. */
    @PreAuthorize("hasAnyRole('ADMIN', 'OC')")
    @Transactional(readOnly = true)
    public List<SavedMapping> list(ImportKind kind) {
        return jdbc.query("select * from column_mapping where kind = ? order by name", ROW, kind.name());
    }

    /** The mapping with this name, if any. */
    @PreAuthorize("hasAnyRole('ADMIN', 'OC')")
    @Transactional(readOnly = true)
    public Optional<SavedMapping> get(String name) {
        return jdbc.query("select * from column_mapping where name = ?", ROW, name).stream().findFirst();
    }
}
