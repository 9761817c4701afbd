package nl.aanwezig.legal.exemption;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Lists of exemptions of the schools a user serves, one query each (the region's agenda in one read). */
@Component
class ExemptionQueries {

    private static final String ROWS = """
            select e.id, e.pupil_id, p.first_name || ' ' || p.last_name pupil_name, p.leerling, s.brin, e.notice_date,
                   e.outcome, e.period_kind, e.valid_from, e.valid_to, e.statement_date, e.education_possible,
                   e.duo_registered_on, (select max(r.reviewed_on) from exemption_review r where r.exemption_id = e.id) last_review
            from exemption e join pupil p on p.id = e.pupil_id join school s on s.id = e.school_id
            where\s""" + Exemptions.SERVED;

    private final JdbcTemplate jdbc;

    ExemptionQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<ExemptionRow> servedBy(String username) {
        return jdbc.query(ROWS + " order by e.notice_date desc, e.id desc", ExemptionQueries::map, username, username);
    }

    /** The panel's agenda: every exemption that runs on {@code day} or still awaits its outcome. */
    List<ExemptionRow> agenda(String username, LocalDate day) {
        return jdbc.query(ROWS + " and (e.outcome = 'PENDING' or (e.outcome = 'GRANTED' and e.valid_to >= ?))"
                + " order by s.brin, pupil_name, e.id", ExemptionQueries::map, username, username, Date.valueOf(day));
    }

    private static LocalDate local(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    private static ExemptionRow map(ResultSet rs, int row) throws SQLException {
        String kind = rs.getString("period_kind");
        return new ExemptionRow(rs.getLong("id"), rs.getLong("pupil_id"), rs.getString("pupil_name"),
                rs.getString("leerling"), rs.getString("brin"), local(rs, "notice_date"),
                Outcome.valueOf(rs.getString("outcome")), kind == null ? null : PeriodKind.valueOf(kind),
                local(rs, "valid_from"), local(rs, "valid_to"), local(rs, "statement_date"),
                rs.getString("education_possible"), local(rs, "duo_registered_on"), local(rs, "last_review"));
    }
}
