package nl.aanwezig.legal.duo;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import nl.aanwezig.attendance.DuoReportKind;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The stored reports and leerplicht's actions on them. */
@Repository
class DuoReports {

    private static final String SELECT = """
            select r.*, s.brin, p.leerling, p.first_name || ' ' || p.last_name as pupil_name
            from duo_report r join pupil p on p.id = r.pupil_id join school s on s.id = r.school_id""";

    private final JdbcTemplate jdbc;

    DuoReports(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** True when the signal had no report yet. */
    boolean insert(long caseId, long pupilId, long schoolId, String signalKey, DuoReportKind type, LocalDate start,
                   LocalDate end, int hours, String lessons, LocalDate deadline, Long followUpOf, Instant now) {
        return jdbc.update("""
                insert into duo_report (case_id, pupil_id, school_id, signal_key, type, start_date, end_date, hours,
                  lessons, deadline, status, follow_up_of, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'CONCEPT', ?, ?) on conflict (signal_key) do nothing""",
                caseId, pupilId, schoolId, signalKey, type.name(), Date.valueOf(start), date(end), hours, lessons,
                Date.valueOf(deadline), followUpOf, Timestamp.from(now)) == 1;
    }

    Optional<DuoReport> find(long id) {
        return jdbc.query(SELECT + " where r.id = ?", this::row, id).stream().findFirst();
    }

    /** The case's report still to be made (a concept), if any. */
    Optional<DuoReport> conceptOfCase(long caseId) {
        return jdbc.query(SELECT + " where r.case_id = ? and r.status = 'CONCEPT' order by r.id", this::row, caseId)
                .stream().findFirst();
    }

    /** The case's latest report handed to leerplicht, if any. */
    Optional<DuoReport> latestReportedOfCase(long caseId) {
        return jdbc.query(SELECT + " where r.case_id = ? and r.status not in ('CONCEPT', 'INGETROKKEN')"
                + " order by r.id desc limit 1",
                this::row, caseId).stream().findFirst();
    }

    /** The pupil's latest report made at DUO before this one, if any. */
    Optional<DuoReport> latestReported(long pupilId, long exceptId) {
        return jdbc.query(SELECT + " where r.pupil_id = ? and r.id <> ? and r.reported_on is not null"
                + " order by r.reported_on desc, r.id desc limit 1", this::row, pupilId, exceptId).stream().findFirst();
    }

    /** The pupil's latest report that is not finished, to link a follow-up to. */
    Optional<Long> latestOpen(long pupilId) {
        return jdbc.queryForList("""
                select id from duo_report where pupil_id = ? and status in ('GEMELD', 'IN_BEHANDELING')
                order by id desc limit 1""", Long.class, pupilId).stream().findFirst();
    }

    List<DuoReport> ofSchools(Collection<Long> schoolIds, DuoStatus status) {
        return jdbc.query(SELECT + " where r.school_id = any(?) and (?::varchar is null or r.status = ?)"
                        + " order by r.deadline desc, r.id desc", this::row, schoolIds.toArray(Long[]::new),
                status == null ? null : status.name(), status == null ? null : status.name());
    }

    void saveForm(long id, DuoReportForm f) {
        jdbc.update("""
                update duo_report set type = ?, start_date = ?, end_date = ?, hours = ?, lessons = ?, reason = ?,
                  school_actions = ?, reported_on = ?, duo_reference = ? where id = ?""", f.type().name(),
                Date.valueOf(f.startDate()), date(f.endDate()), f.hours(), f.lessons(), f.reason(), f.schoolActions(),
                date(f.reportedOn()), f.duoReference(), id);
    }

    void status(long id, DuoStatus status, Instant closedAt) {
        jdbc.update("update duo_report set status = ?, closed_at = ? where id = ?", status.name(),
                closedAt == null ? null : Timestamp.from(closedAt), id);
    }

    /** Marks the deadline step once; true the first time. */
    boolean markDeadline(long caseId, String column, Instant at) {
        String sql = "update duo_report set %s = ? where case_id = ? and status = 'CONCEPT' and %s is null"
                .formatted(column, column);
        return jdbc.update(sql, Timestamp.from(at), caseId) > 0;
    }

    void addAction(long reportId, LeerplichtAction kind, LocalDate on, String note, String actor, Instant now,
                   ActionStatus status) {
        jdbc.update("insert into duo_action (report_id, kind, happened_on, note, actor, created_at, status, done_at)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?)", reportId, kind.name(), Date.valueOf(on), note, actor,
                Timestamp.from(now), status.name(), status == ActionStatus.UITGEVOERD ? Timestamp.from(now) : null);
    }

    java.util.Optional<Long> reportOfAction(long actionId) {
        return jdbc.query("select report_id from duo_action where id = ?", (rs, i) -> rs.getLong(1), actionId)
                .stream().findFirst();
    }

    /** A planned action done on {@code on}; false when it was not planned (any more). */
    boolean actionDone(long actionId, LocalDate on, Instant now) {
        return jdbc.update("update duo_action set status = 'UITGEVOERD', happened_on = ?, done_at = ?"
                + " where id = ? and status = 'GEPLAND'", Date.valueOf(on), Timestamp.from(now), actionId) == 1;
    }

    List<DuoActionEntry> actions(long reportId) {
        return jdbc.query("select * from duo_action where report_id = ? order by happened_on, id", (rs, i) ->
                new DuoActionEntry(rs.getLong("id"), LeerplichtAction.valueOf(rs.getString("kind")),
                        rs.getDate("happened_on").toLocalDate(), rs.getString("note"), rs.getString("actor"),
                        ActionStatus.valueOf(rs.getString("status"))), reportId);
    }

    private DuoReport row(ResultSet rs, int i) throws SQLException {
        Timestamp closed = rs.getTimestamp("closed_at");
        return new DuoReport(rs.getLong("id"), rs.getLong("case_id"), rs.getLong("pupil_id"), rs.getLong("school_id"),
                rs.getString("brin"), rs.getString("leerling"), rs.getString("pupil_name"),
                DuoReportKind.valueOf(rs.getString("type")), rs.getDate("start_date").toLocalDate(),
                local(rs.getDate("end_date")), rs.getInt("hours"), rs.getString("lessons"), rs.getString("reason"),
                rs.getString("school_actions"), rs.getDate("deadline").toLocalDate(),
                DuoStatus.valueOf(rs.getString("status")), local(rs.getDate("reported_on")),
                rs.getString("duo_reference"), rs.getObject("follow_up_of", Long.class),
                rs.getTimestamp("created_at").toInstant(), closed == null ? null : closed.toInstant());
    }

    private static Date date(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }

    private static LocalDate local(Date d) {
        return d == null ? null : d.toLocalDate();
    }
}
