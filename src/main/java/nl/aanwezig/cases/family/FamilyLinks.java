package nl.aanwezig.cases.family;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The family_link table. */
@Component
class FamilyLinks {

    private static final String COLUMNS = """
            id, pupil_id, kind, name, email, parental_authority, username, expires_at, invited_by, invited_at,
            accepted_at, withdrawn_at""";

    private final JdbcTemplate jdbc;

    FamilyLinks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long invite(long pupilId, FamilyKind kind, String name, String email, boolean authority, String tokenHash,
                Instant expiresAt, String invitedBy, Instant now) {
        return jdbc.queryForObject("""
                insert into family_link (pupil_id, kind, name, email, parental_authority, token_hash, expires_at,
                                         invited_by, invited_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""", Long.class, pupilId, kind.name(), name, email,
                authority, tokenHash, Timestamp.from(expiresAt), invitedBy, Timestamp.from(now));
    }

    /** The active link of this account to this child, if any. */
    Optional<FamilyLink> active(String username, long pupilId) {
        return jdbc.query("select " + COLUMNS + " from family_link where username = ? and pupil_id = ?"
                + " and accepted_at is not null and withdrawn_at is null", FamilyLinks::link, username, pupilId)
                .stream().findFirst();
    }

    /** Every active link of this account: the children it reaches. */
    List<FamilyLink> activeOf(String username) {
        return jdbc.query("select " + COLUMNS + " from family_link where username = ?"
                + " and accepted_at is not null and withdrawn_at is null order by pupil_id", FamilyLinks::link, username);
    }

    /** Every invitation and link of a child, newest first. */
    List<FamilyLink> ofPupil(long pupilId) {
        return jdbc.query("select " + COLUMNS + " from family_link where pupil_id = ? order by invited_at desc, id desc",
                FamilyLinks::link, pupilId);
    }

    Optional<FamilyLink> byId(long id) {
        return jdbc.query("select " + COLUMNS + " from family_link where id = ?", FamilyLinks::link, id).stream()
                .findFirst();
    }

    /** The invitation of this token, locked against a second acceptance at the same moment. */
    Optional<FamilyLink> byTokenForUpdate(String tokenHash) {
        return jdbc.query("select " + COLUMNS + " from family_link where token_hash = ? for update", FamilyLinks::link,
                tokenHash).stream().findFirst();
    }

    Optional<FamilyLink> byToken(String tokenHash) {
        return jdbc.query("select " + COLUMNS + " from family_link where token_hash = ?", FamilyLinks::link, tokenHash)
                .stream().findFirst();
    }

    /** Accepted: the token is spent (cleared), the account named. */
    void accept(long id, String username, Instant now) {
        jdbc.update("update family_link set username = ?, accepted_at = ?, token_hash = null where id = ?", username,
                Timestamp.from(now), id);
    }

    void withdraw(long id, String by, Instant now) {
        jdbc.update("""
                update family_link set withdrawn_at = ?, withdrawn_by = ?, token_hash = null
                where id = ? and withdrawn_at is null""", Timestamp.from(now), by, id);
    }

    /** The accounts of a child's family with their link (active only), for the staff's and the family's lists. */
    List<FamilyLink> activeOfPupil(long pupilId) {
        return jdbc.query("select " + COLUMNS + " from family_link where pupil_id = ?"
                + " and accepted_at is not null and withdrawn_at is null order by kind, name", FamilyLinks::link, pupilId);
    }

    private static FamilyLink link(ResultSet rs, int i) throws SQLException {
        return new FamilyLink(rs.getLong(1), rs.getLong(2), FamilyKind.valueOf(rs.getString(3)), rs.getString(4),
                rs.getString(5), rs.getBoolean(6), rs.getString(7), instant(rs, 8), rs.getString(9), instant(rs, 10),
                instant(rs, 11), instant(rs, 12));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
