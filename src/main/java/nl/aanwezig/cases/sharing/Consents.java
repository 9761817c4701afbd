package nl.aanwezig.cases.sharing;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The consents of a case (table sharing_consent); the newest is the one in force or withdrawn. */
@Component
class Consents {

    private final JdbcTemplate jdbc;

    Consents(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Consent> current(long caseId) {
        return jdbc.query("""
                select id, given_on, given_by, scope, note, recorded_by, recorded_at, withdrawn_on, withdrawn_by
                from sharing_consent where case_id = ? order by id desc limit 1""", Consents::consent, caseId)
                .stream().findFirst();
    }

    void give(long caseId, ConsentForm f, String recordedBy, Instant now) {
        jdbc.update("""
                insert into sharing_consent (case_id, given_on, given_by, scope, note, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?)""", caseId, Date.valueOf(f.givenOn()), f.givenBy().strip(),
                f.scope().stream().map(Enum::name).sorted().collect(Collectors.joining(",")), blankToNull(f.note()),
                recordedBy, Timestamp.from(now));
    }

    void withdraw(long consentId, WithdrawalForm f, String recordedBy, Instant now) {
        jdbc.update("""
                update sharing_consent set withdrawn_on = ?, withdrawn_by = ?, withdrawn_note = ?,
                       withdrawn_recorded_by = ?, withdrawn_at = ?
                where id = ? and withdrawn_on is null""", Date.valueOf(f.withdrawnOn()), f.withdrawnBy().strip(),
                blankToNull(f.note()), recordedBy, Timestamp.from(now), consentId);
    }

    private static Consent consent(ResultSet rs, int i) throws SQLException {
        EnumSet<ParticipantRole> scope = EnumSet.noneOf(ParticipantRole.class);
        Arrays.stream(rs.getString(4).split(",")).filter(s -> !s.isBlank()).map(ParticipantRole::valueOf)
                .forEach(scope::add);
        Date withdrawn = rs.getDate(8);
        return new Consent(rs.getLong(1), rs.getDate(2).toLocalDate(), rs.getString(3), scope, rs.getString(5),
                rs.getString(6), rs.getTimestamp(7).toInstant(), withdrawn == null ? null : withdrawn.toLocalDate(),
                rs.getString(9));
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
