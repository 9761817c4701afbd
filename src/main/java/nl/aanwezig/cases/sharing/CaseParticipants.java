package nl.aanwezig.cases.sharing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.aanwezig.security.Role;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The participants of a case, with and without an account (tables case_participant and case_contact). */
@Component
class CaseParticipants {

    private static final String SELECT = """
            select p.username, coalesce(a.display_name, p.username), p.role, p.organisation, p.invited_by,
                   p.invited_at, p.added_at, p.removed_at
            from case_participant p left join staff_account a on a.username = p.username""";

    private final JdbcTemplate jdbc;

    CaseParticipants(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<Participant> ofCase(long caseId) {
        return jdbc.query(SELECT + " where p.case_id = ? order by p.removed_at nulls first, p.added_at, p.username",
                CaseParticipants::participant, caseId);
    }

    Optional<Participant> active(long caseId, String username) {
        return jdbc.query(SELECT + " where p.case_id = ? and p.username = ? and p.removed_at is null",
                CaseParticipants::participant, caseId, username).stream().findFirst();
    }

    /**
     * Invites (or invites again) a partner and returns the number of this invitation. A partner already taking part
     * keeps the moment they joined; one whose access had ended joins afresh from now.
     */
    int invite(long caseId, String username, ParticipantRole role, String organisation, String invitedBy, Instant now) {
        Timestamp at = Timestamp.from(now);
        return jdbc.queryForObject("""
                insert into case_participant (case_id, username, role, added_at, organisation, invited_by, invited_at,
                                              invitations)
                values (?, ?, ?, ?, ?, ?, ?, 1)
                on conflict (case_id, username) do update set role = excluded.role,
                    organisation = excluded.organisation, invited_by = excluded.invited_by,
                    invited_at = excluded.invited_at,
                    added_at = case when case_participant.removed_at is null then case_participant.added_at
                                    else excluded.added_at end,
                    removed_at = null, invitations = case_participant.invitations + 1
                returning invitations""", Integer.class, caseId, username, role.name(), at, organisation, invitedBy, at);
    }

    void remove(long caseId, String username, Instant now) {
        jdbc.update("update case_participant set removed_at = ? where case_id = ? and username = ? and removed_at is null",
                Timestamp.from(now), caseId, username);
    }

    long addContact(long caseId, Contact c, String addedBy) {
        return jdbc.queryForObject("""
                insert into case_contact (case_id, name, role, organisation, contact_note, added_by, added_at)
                values (?, ?, ?, ?, ?, ?, ?) returning id""", Long.class, caseId, c.name(), c.role().name(),
                c.organisation(), c.contactNote(), addedBy, Timestamp.from(c.addedAt()));
    }

    /** Returns the name of the contact removed, if it was one of this case's. */
    Optional<String> removeContact(long caseId, long contactId, Instant now) {
        List<String> names = jdbc.queryForList("""
                update case_contact set removed_at = ? where id = ? and case_id = ? and removed_at is null
                returning name""", String.class, Timestamp.from(now), contactId, caseId);
        return names.stream().findFirst();
    }

    List<Contact> contacts(long caseId) {
        return jdbc.query("""
                select id, name, role, organisation, contact_note, added_at from case_contact
                where case_id = ? and removed_at is null order by added_at, id""",
                (rs, i) -> new Contact(rs.getLong(1), rs.getString(2), ParticipantRole.valueOf(rs.getString(3)),
                        rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant()), caseId);
    }

    private static Participant participant(ResultSet rs, int i) throws SQLException {
        return new Participant(rs.getString(1), rs.getString(2), role(rs.getString(3)), rs.getString(4),
                rs.getString(5), instant(rs.getTimestamp(6)), rs.getTimestamp(7).toInstant(),
                instant(rs.getTimestamp(8)));
    }

    /** Rows written before participant roles existed name the account's role (JEUGDARTS, LEERPLICHT, SWV). */
    static ParticipantRole role(String stored) {
        for (ParticipantRole r : ParticipantRole.values()) {
            if (r.name().equals(stored)) {
                return r;
            }
        }
        for (Role r : Role.values()) {
            if (r.name().equals(stored)) {
                return ParticipantRole.of(r);
            }
        }
        return ParticipantRole.SCHOOL_STAFF;
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
