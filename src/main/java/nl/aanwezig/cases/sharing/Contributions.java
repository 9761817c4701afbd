package nl.aanwezig.cases.sharing;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The contributions to a case's shared plan (table partner_contribution). */
@Component
class Contributions {

    private final JdbcTemplate jdbc;

    Contributions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void add(long caseId, String author, ParticipantRole role, Contribution.Kind kind, String text, Instant at,
             Long taskId) {
        jdbc.update("""
                insert into partner_contribution (case_id, author, author_role, kind, text, written_at, task_id)
                values (?, ?, ?, ?, ?, ?, ?)""", caseId, author, role.name(), kind.name(), text, Timestamp.from(at), taskId);
    }

    /** Newest first, from {@code since} on. */
    List<Contribution> ofCase(long caseId, Instant since) {
        return jdbc.query("""
                select c.id, c.author, coalesce(a.display_name, c.author), c.author_role, c.kind, c.text, c.written_at
                from partner_contribution c left join staff_account a on a.username = c.author
                where c.case_id = ? and c.written_at >= ? order by c.written_at desc, c.id desc""",
                (rs, i) -> new Contribution(rs.getLong(1), rs.getString(2), rs.getString(3),
                        ParticipantRole.valueOf(rs.getString(4)), Contribution.Kind.valueOf(rs.getString(5)),
                        rs.getString(6), rs.getTimestamp(7).toInstant()), caseId, Timestamp.from(since));
    }
}
