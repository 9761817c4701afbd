package nl.aanwezig.review;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The decisions of the casusoverleg, and which task carries each out. */
@Repository
class Decisions {

    private static final String DECISION = """
            select d.id, d.description, d.owner, s.display_name, d.due_on, d.done_note, d.done_at, d.item_id
            from meeting_decision d join staff_account s on s.username = d.owner""";

    private final JdbcTemplate jdbc;

    Decisions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long itemId, long caseId, String description, String owner, LocalDate dueOn, String by, Instant at) {
        var keys = new GeneratedKeyHolder();
        jdbc.update(c -> {
            var ps = c.prepareStatement("""
                    insert into meeting_decision (item_id, case_id, description, owner, due_on, created_by, created_at)
                    values (?, ?, ?, ?, ?, ?, ?)""", new String[] {"id"});
            ps.setLong(1, itemId);
            ps.setLong(2, caseId);
            ps.setString(3, description);
            ps.setString(4, owner);
            ps.setDate(5, Date.valueOf(dueOn));
            ps.setString(6, by);
            ps.setTimestamp(7, Timestamp.from(at));
            return ps;
        }, keys);
        return keys.getKey().longValue();
    }

    /** The decisions of a meeting's items, in the order they were taken, with the item they belong to. */
    List<ItemDecision> ofMeeting(long meetingId) {
        return jdbc.query(DECISION + " join meeting_item i on i.id = d.item_id where i.meeting_id = ? order by d.id",
                (rs, i) -> new ItemDecision(rs.getLong(8), decision(rs)), meetingId);
    }

    record ItemDecision(long itemId, MeetingDetails.Decision decision) {
    }

    /** A decision with what its task form shows: the case's pupil and the meeting. */
    record ForTask(long id, long caseId, String description, LocalDate dueOn, LocalDate meetingDate, boolean done) {
    }

    /**
     * The decision that a task of the inbox carries out: the task's route is the decision's route
     * ({@code meeting-decision:<id>}, started by MeetingDecisionRoutes).
     */
    Optional<ForTask> forTask(long taskId) {
        return jdbc.query("""
                select d.id, d.case_id, d.description, d.due_on, m.held_on, d.done_at is not null
                from task t join workflow_instance w on w.id = t.workflow_instance_id
                join meeting_decision d on w.route_key = 'meeting-decision:' || d.id
                join meeting_item i on i.id = d.item_id join case_meeting m on m.id = i.meeting_id
                where t.id = ?""", (rs, i) -> new ForTask(rs.getLong(1), rs.getLong(2), rs.getString(3),
                rs.getDate(4).toLocalDate(), rs.getDate(5).toLocalDate(), rs.getBoolean(6)), taskId).stream().findFirst();
    }

    /** Records what was done, once. */
    boolean markDone(long decisionId, String note, String by, Instant at) {
        return jdbc.update("update meeting_decision set done_note = ?, done_by = ?, done_at = ? where id = ? and done_at is null",
                note, by, Timestamp.from(at), decisionId) == 1;
    }

    private static MeetingDetails.Decision decision(ResultSet rs) throws SQLException {
        Timestamp done = rs.getTimestamp(7);
        return new MeetingDetails.Decision(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getDate(5).toLocalDate(), rs.getString(6), done == null ? null : done.toInstant());
    }
}
