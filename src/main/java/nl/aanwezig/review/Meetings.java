package nl.aanwezig.review;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import nl.aanwezig.cases.CaseStage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The meeting tables: meetings, attendees and the agenda items with their minutes. Decisions: {@link Decisions}. */
@Repository
class Meetings {

    private static final String ITEM = """
            select i.id, i.case_id, c.pupil_id, p.leerling, p.first_name || ' ' || p.last_name, c.stage, i.reasons,
                   i.discussion, i.version, i.saved_by, i.saved_at, i.meeting_id, i.state
            from meeting_item i join pupil_case c on c.id = i.case_id join pupil p on p.id = c.pupil_id""";

    private final JdbcTemplate jdbc;

    Meetings(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A meeting's own row. */
    record Meeting(long id, long schoolId, LocalDate date, LocalTime time, int items) {
    }

    /** An agenda item row, with its case's pupil. */
    record ItemRow(long id, long meetingId, long caseId, long pupilId, String leerling, String pupilName,
                   CaseStage stage, List<Reason> reasons, String discussion, long version, String savedBy,
                   Instant savedAt, boolean onAgenda) {
    }

    long insert(long schoolId, LocalDate date, LocalTime time, String by, Instant at) {
        var keys = new GeneratedKeyHolder();
        jdbc.update(c -> {
            var ps = c.prepareStatement("insert into case_meeting (school_id, held_on, starts_at, created_by, created_at)"
                    + " values (?, ?, ?, ?, ?)", new String[] {"id"});
            ps.setLong(1, schoolId);
            ps.setDate(2, Date.valueOf(date));
            ps.setTime(3, Time.valueOf(time));
            ps.setString(4, by);
            ps.setTimestamp(5, Timestamp.from(at));
            return ps;
        }, keys);
        return keys.getKey().longValue();
    }

    void addAttendee(long meetingId, int position, String username, String externalName) {
        jdbc.update("insert into meeting_attendee (meeting_id, position, username, external_name) values (?, ?, ?, ?)",
                meetingId, position, username, externalName);
    }

    List<Meeting> ofSchool(long schoolId) {
        return jdbc.query("""
                select m.id, m.school_id, m.held_on, m.starts_at,
                       (select count(*) from meeting_item i where i.meeting_id = m.id and i.state = 'AGENDA')
                from case_meeting m where m.school_id = ? order by m.held_on desc, m.starts_at desc, m.id desc""",
                Meetings::meeting, schoolId);
    }

    Optional<Meeting> find(long meetingId) {
        return jdbc.query("select m.id, m.school_id, m.held_on, m.starts_at, 0 from case_meeting m where m.id = ?",
                Meetings::meeting, meetingId).stream().findFirst();
    }

    List<MeetingDetails.Attendee> attendees(long meetingId) {
        return jdbc.query("""
                select a.username, coalesce(s.display_name, a.external_name) from meeting_attendee a
                left join staff_account s on s.username = a.username where a.meeting_id = ? order by a.position""",
                (rs, i) -> new MeetingDetails.Attendee(rs.getString(1), rs.getString(2)), meetingId);
    }

    /** Every item of the meeting, those taken off the agenda too (they are not suggested again). */
    List<ItemRow> items(long meetingId) {
        return jdbc.query(ITEM + " where i.meeting_id = ? order by i.id", Meetings::item, meetingId);
    }

    Optional<ItemRow> item(long itemId) {
        return jdbc.query(ITEM + " where i.id = ?", Meetings::item, itemId).stream().findFirst();
    }

    /** Puts a case on the agenda (again), keeping the reasons it was first suggested for. */
    void putOnAgenda(long meetingId, long caseId, List<Reason> reasons) {
        jdbc.update("""
                insert into meeting_item (meeting_id, case_id, state, reasons) values (?, ?, 'AGENDA', ?)
                on conflict (meeting_id, case_id) do update set state = 'AGENDA',
                    reasons = case when excluded.reasons = '' then meeting_item.reasons else excluded.reasons end,
                    version = meeting_item.version + 1""", meetingId, caseId, join(reasons));
    }

    /** Takes a case off the agenda, or declines its suggestion; false when it has minutes already. */
    boolean takeOff(long meetingId, long caseId) {
        int rows = jdbc.update("""
                insert into meeting_item (meeting_id, case_id, state) values (?, ?, 'REMOVED')
                on conflict (meeting_id, case_id) do update set state = 'REMOVED', version = meeting_item.version + 1
                where meeting_item.discussion is null""", meetingId, caseId);
        return rows == 1;
    }

    /** Saves the minutes if nobody saved since {@code version} was read; false when someone did. */
    boolean saveDiscussion(long itemId, long version, String discussion, String by, Instant at) {
        return jdbc.update("""
                update meeting_item set discussion = ?, saved_by = ?, saved_at = ?, version = version + 1
                where id = ? and version = ? and state = 'AGENDA'""",
                discussion, by, Timestamp.from(at), itemId, version) == 1;
    }

    /** Whether the case is an open case of the school. */
    boolean openCaseOfSchool(long caseId, long schoolId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from pupil_case where id = ? and school_id = ? and status = 'OPEN')",
                Boolean.class, caseId, schoolId));
    }

    private static Meeting meeting(ResultSet rs, int i) throws SQLException {
        return new Meeting(rs.getLong(1), rs.getLong(2), rs.getDate(3).toLocalDate(), rs.getTime(4).toLocalTime(),
                rs.getInt(5));
    }

    private static ItemRow item(ResultSet rs, int i) throws SQLException {
        Timestamp saved = rs.getTimestamp(11);
        return new ItemRow(rs.getLong(1), rs.getLong(12), rs.getLong(2), rs.getLong(3), rs.getString(4),
                rs.getString(5), CaseStage.valueOf(rs.getString(6)), split(rs.getString(7)), rs.getString(8),
                rs.getLong(9), rs.getString(10), saved == null ? null : saved.toInstant(),
                "AGENDA".equals(rs.getString(13)));
    }

    static String join(List<Reason> reasons) {
        return String.join(",", reasons.stream().map(Enum::name).toList());
    }

    static List<Reason> split(String reasons) {
        return reasons == null || reasons.isBlank() ? List.of()
                : Arrays.stream(reasons.split(",")).map(Reason::valueOf).toList();
    }
}
