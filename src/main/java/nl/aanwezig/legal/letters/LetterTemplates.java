package nl.aanwezig.legal.letters;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The letter_template table: the defaults (no municipality) and each municipality's own copies. */
@Repository
class LetterTemplates {

    private static final String SELECT = """
            select t.id, t.kind, t.title, t.body, t.version, coalesce(s.display_name, t.updated_by), t.updated_at,
                   t.municipality_id
            from letter_template t left join staff_account s on s.username = t.updated_by""";

    private final JdbcTemplate jdbc;

    LetterTemplates(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A template with the municipality it belongs to (null: a default). */
    record Owned(LetterTemplate template, Long municipalityId) {
    }

    /**
     * The municipality the leerplichtambtenaar works for: their own, else the one municipality of the schools they
     * serve; empty when neither is known.
     */
    Optional<Long> municipalityOf(String username) {
        return jdbc.query("""
                select coalesce(s.municipality_id, (
                    select case when count(distinct sc.municipality_id) = 1 then min(sc.municipality_id) end
                    from school_partner p join school sc on sc.id = p.school_id
                    where p.username = s.username and p.role = 'LEERPLICHT'))
                from staff_account s where s.username = ?""",
                (rs, i) -> rs.getObject(1, Long.class), username).stream().filter(id -> id != null).findFirst();
    }

    String municipalityName(long municipalityId) {
        return jdbc.queryForObject("select name from municipality where id = ?", String.class, municipalityId);
    }

    /** The municipality's templates; the defaults are copied in first for each kind it does not have yet. */
    List<LetterTemplate> ofMunicipality(long municipalityId) {
        jdbc.update("""
                insert into letter_template (municipality_id, kind, title, body)
                select ?, d.kind, d.title, d.body from letter_template d where d.municipality_id is null
                on conflict do nothing""", municipalityId);
        return jdbc.query(SELECT + " where t.municipality_id = ? order by t.kind desc", (rs, i) -> template(rs),
                municipalityId);
    }

    Optional<Owned> find(long id) {
        return jdbc.query(SELECT + " where t.id = ?", (rs, i) -> new Owned(template(rs), rs.getObject(8, Long.class)), id)
                .stream().findFirst();
    }

    /** Saves if nobody saved since {@code version}; false when someone did. */
    boolean update(long id, long version, String title, String body, String by, Instant at) {
        return jdbc.update("""
                update letter_template set title = ?, body = ?, version = version + 1, updated_by = ?, updated_at = ?
                where id = ? and version = ?""", title, body, by, Timestamp.from(at), id, version) == 1;
    }

    private static LetterTemplate template(ResultSet rs) throws SQLException {
        Timestamp at = rs.getTimestamp(7);
        return new LetterTemplate(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5),
                rs.getString(6), at == null ? null : at.toInstant());
    }
}
