package nl.aanwezig.school;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Regions (samenwerkingsverbanden) and which schools and accounts belong to them. Plain JDBC: a region is
 * a name and a grouping, no behaviour of its own.
 */
@Repository
public class Regions {

    private final JdbcTemplate jdbc;

    Regions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A region (SWV). */
    public record Region(long id, String name) {
    }

    /** A school as a dashboard lists it. */
    public record SchoolRef(long id, String brin, String name, Sector sector) {
    }

    /** Gets or creates the region with this name. */
    @Transactional
    public Region region(String name) {
        jdbc.update("insert into region (name) values (?) on conflict (name) do nothing", name);
        return jdbc.queryForObject("select id, name from region where name = ?",
                (rs, i) -> new Region(rs.getLong(1), rs.getString(2)), name);
    }

    public Optional<Region> find(long id) {
        return jdbc.query("select id, name from region where id = ?",
                (rs, i) -> new Region(rs.getLong(1), rs.getString(2)), id).stream().findFirst();
    }

    public Optional<Region> findByName(String name) {
        return jdbc.query("select id, name from region where name = ?",
                (rs, i) -> new Region(rs.getLong(1), rs.getString(2)), name).stream().findFirst();
    }

    public List<Region> all() {
        return jdbc.query("select id, name from region order by name", (rs, i) -> new Region(rs.getLong(1), rs.getString(2)));
    }

    @Transactional
    public void assignSchool(long schoolId, long regionId) {
        jdbc.update("update school set region_id = ? where id = ?", regionId, schoolId);
    }

    /** Scopes a cross-school account (SWV, leerplicht) to a region's schools. */
    @Transactional
    public void assignAccount(String username, long regionId) {
        jdbc.update("update staff_account set region_id = ? where username = ?", regionId, username);
    }

    /** The region an account is scoped to, if any. */
    public Optional<Region> ofAccount(String username) {
        return jdbc.query("select r.id, r.name from staff_account a join region r on r.id = a.region_id where a.username = ?",
                (rs, i) -> new Region(rs.getLong(1), rs.getString(2)), username).stream().findFirst();
    }

    public List<SchoolRef> schoolsIn(long regionId) {
        return jdbc.query("select id, brin, name, sector from school where region_id = ? order by name", this::ref, regionId);
    }

    public List<SchoolRef> allSchools() {
        return jdbc.query("select id, brin, name, sector from school order by name", this::ref);
    }

    public Optional<SchoolRef> school(long schoolId) {
        return jdbc.query("select id, brin, name, sector from school where id = ?", this::ref, schoolId).stream().findFirst();
    }

    private SchoolRef ref(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return new SchoolRef(rs.getLong(1), rs.getString(2), rs.getString(3), Sector.valueOf(rs.getString(4)));
    }
}
