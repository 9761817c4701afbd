package nl.aanwezig.legal.exemption;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The statement's medical part, in a table of its own: only the jeugdarts's reads reach it. */
@Repository
class MedicalGrounds {

    private final JdbcTemplate jdbc;

    MedicalGrounds(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void save(long exemptionId, String grounds, String by, Instant now) {
        jdbc.update("""
                insert into exemption_medical (exemption_id, grounds, written_by, written_at) values (?, ?, ?, ?)
                on conflict (exemption_id) do update set grounds = excluded.grounds, written_by = excluded.written_by,
                    written_at = excluded.written_at""", exemptionId, grounds.strip(), by, Timestamp.from(now));
    }

    Optional<String> of(long exemptionId) {
        return jdbc.queryForList("select grounds from exemption_medical where exemption_id = ?", String.class,
                exemptionId).stream().findFirst();
    }
}
