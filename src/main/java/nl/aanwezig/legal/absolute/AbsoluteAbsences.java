package nl.aanwezig.legal.absolute;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The table absolute_absence. There is no delete: the registration is cumulative. */
@Repository
class AbsoluteAbsences {

    private static final String SELECT = """
            select a.id, a.region_id, a.municipality_id, m.name municipality, a.first_name, a.last_name, a.birth_date,
                   a.since, a.action, a.status, a.status_on, a.enrolled_at
            from absolute_absence a left join municipality m on m.id = a.municipality_id""";

    private final JdbcTemplate jdbc;

    AbsoluteAbsences(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long regionId, Registration r, String by, Instant at) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(c -> {
            var ps = c.prepareStatement("""
                    insert into absolute_absence (region_id, municipality_id, first_name, last_name, birth_date, since,
                                                  action, created_by, created_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", new String[] {"id"});
            ps.setLong(1, regionId);
            ps.setObject(2, r.municipalityId());
            ps.setString(3, r.firstName().strip());
            ps.setString(4, r.lastName().strip());
            ps.setDate(5, Date.valueOf(r.birthDate()));
            ps.setDate(6, Date.valueOf(r.since()));
            ps.setString(7, r.action().strip());
            ps.setString(8, by);
            ps.setTimestamp(9, Timestamp.from(at));
            return ps;
        }, key);
        return key.getKey().longValue();
    }

    /** The follow-up's outcome; a note given replaces what is being done. */
    void followedUp(long id, FollowUp f, String by, Instant at) {
        jdbc.update("""
                update absolute_absence set status = ?, status_on = ?, enrolled_at = ?,
                       action = coalesce(nullif(btrim(?), ''), action), updated_by = ?, updated_at = ?
                where id = ?""", f.status().name(), Date.valueOf(f.statusOn()),
                AbsenceRules.blank(f.enrolledAt()) ? null : f.enrolledAt().strip(), f.note(), by, Timestamp.from(at), id);
    }

    Optional<AbsoluteAbsence> find(long id) {
        return jdbc.query(SELECT + " where a.id = ?", AbsoluteAbsences::map, id).stream().findFirst();
    }

    /** Every record of the region, open and closed, the longest at home first. */
    List<AbsoluteAbsence> inRegion(long regionId) {
        return jdbc.query(SELECT + " where a.region_id = ? order by a.since, a.id", AbsoluteAbsences::map, regionId);
    }

    /** The region of a staff account (a leerplicht officer's or SWV consultant's), if it has one. */
    Optional<Long> regionOf(String username) {
        return jdbc.query("select region_id from staff_account where username = ? and region_id is not null",
                (rs, i) -> rs.getLong(1), username).stream().findFirst();
    }

    /** The municipalities a child may live in, for the form's choice. */
    List<Municipality> municipalities() {
        return jdbc.query("select id, name from municipality order by name",
                (rs, i) -> new Municipality(rs.getLong(1), rs.getString(2)));
    }

    private static AbsoluteAbsence map(ResultSet rs, int row) throws SQLException {
        Date statusOn = rs.getDate("status_on");
        return new AbsoluteAbsence(rs.getLong("id"), rs.getLong("region_id"), rs.getObject("municipality_id", Long.class),
                rs.getString("municipality"), rs.getString("first_name"), rs.getString("last_name"),
                rs.getDate("birth_date").toLocalDate(), rs.getDate("since").toLocalDate(), rs.getString("action"),
                AbsenceStatus.valueOf(rs.getString("status")), statusOn == null ? null : statusOn.toLocalDate(),
                rs.getString("enrolled_at"));
    }
}
