package nl.aanwezig.legal.exemption;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The exemption dossiers; the medical grounds are kept apart ({@link MedicalGrounds}). */
@Repository
class Exemptions {

    private static final String COLUMNS = """
            id, pupil_id, school_id, notice_date, given_by, leerplicht, statement_writer, doctor_name,
            doctor_designated, statement_date, education_possible, never_able, outcome, period_kind, valid_from,
            valid_to, duo_registered_on""";

    private final JdbcTemplate jdbc;

    Exemptions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long insert(Notice n, long schoolId, String leerplicht, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.update(con -> {
            var ps = con.prepareStatement("""
                    insert into exemption (pupil_id, school_id, notice_date, given_by, leerplicht, statement_writer,
                                           registered_at) values (?, ?, ?, ?, ?, ?, ?)""", new String[] {"id"});
            ps.setLong(1, n.pupilId());
            ps.setLong(2, schoolId);
            ps.setDate(3, Date.valueOf(n.noticeDate()));
            ps.setString(4, n.givenBy().strip());
            ps.setString(5, leerplicht);
            ps.setString(6, n.statement() == null ? n.statementWriter() : null);
            ps.setTimestamp(7, Timestamp.from(now));
            return ps;
        }, keys);
        return keys.getKey().longValue();
    }

    void saveStatement(long id, Statement s) {
        jdbc.update("""
                update exemption set doctor_name = ?, doctor_designated = ?, statement_date = ?, education_possible = ?,
                       never_able = ? where id = ?""", s.doctorName().strip(), s.designated(),
                Date.valueOf(s.statementDate()), s.educationPossible().strip(), s.neverAble(), id);
    }

    void saveDecision(long id, Decision d, String by) {
        jdbc.update("""
                update exemption set outcome = ?, period_kind = ?, valid_from = ?, valid_to = ?, duo_registered_on = ?,
                       decided_by = ?, decision_reason = ? where id = ?""",
                (d.isGranted() ? Outcome.GRANTED : Outcome.REFUSED).name(),
                d.isGranted() ? d.periodKind().name() : null, d.isGranted() ? date(d.validFrom()) : null,
                d.isGranted() ? date(d.validTo()) : null, date(d.duoRegisteredOn()), by, d.reason().strip(), id);
    }

    void saveDuoRegistration(long id, LocalDate on) {
        jdbc.update("update exemption set duo_registered_on = ? where id = ?", date(on), id);
    }

    Optional<Exemption> find(long id) {
        return jdbc.query("select " + COLUMNS + " from exemption where id = ?", Exemptions::map, id).stream().findFirst();
    }

    /** Schools a chain partner serves: their region's, or the ones they are a partner of. */
    static final String SERVED = """
            (e.school_id in (select s.id from school s join staff_account a on a.region_id = s.region_id
                             where a.username = ?)
             or e.school_id in (select p.school_id from school_partner p where p.username = ?))""";

    private static Date date(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }

    private static LocalDate local(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    private static Exemption map(ResultSet rs, int row) throws SQLException {
        String kind = rs.getString("period_kind");
        return new Exemption(rs.getLong("id"), rs.getLong("pupil_id"), rs.getLong("school_id"),
                local(rs, "notice_date"), rs.getString("given_by"), rs.getString("leerplicht"),
                rs.getString("statement_writer"), rs.getString("doctor_name"),
                (Boolean) rs.getObject("doctor_designated"), local(rs, "statement_date"),
                rs.getString("education_possible"), rs.getBoolean("never_able"), Outcome.valueOf(rs.getString("outcome")),
                kind == null ? null : PeriodKind.valueOf(kind), local(rs, "valid_from"), local(rs, "valid_to"),
                local(rs, "duo_registered_on"));
    }
}
