package nl.aanwezig.school;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Municipalities (gemeenten): the leerplichtambtenaar works for one, and a school lies in one. Plain JDBC like
 * {@link Regions}: a municipality is a name, no behaviour of its own.
 */
@Repository
public class Municipalities {

    private final JdbcTemplate jdbc;

    Municipalities(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A municipality (gemeente). */
    public record Municipality(long id, String name) {
    }

    /** Gets or creates the municipality with this name. */
    @Transactional
    public Municipality municipality(String name) {
        jdbc.update("insert into municipality (name) values (?) on conflict (name) do nothing", name);
        return jdbc.queryForObject("select id, name from municipality where name = ?",
                (rs, i) -> new Municipality(rs.getLong(1), rs.getString(2)), name);
    }

    public Optional<Municipality> find(long id) {
        return jdbc.query("select id, name from municipality where id = ?",
                (rs, i) -> new Municipality(rs.getLong(1), rs.getString(2)), id).stream().findFirst();
    }

    public Optional<Municipality> findByName(String name) {
        return jdbc.query("select id, name from municipality where name = ?",
                (rs, i) -> new Municipality(rs.getLong(1), rs.getString(2)), name).stream().findFirst();
    }

    public List<Municipality> all() {
        return jdbc.query("select id, name from municipality order by name",
                (rs, i) -> new Municipality(rs.getLong(1), rs.getString(2)));
    }
}
