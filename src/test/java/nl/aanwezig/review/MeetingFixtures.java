package nl.aanwezig.review;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import nl.aanwezig.attendance.RegistrationRecord;
import nl.aanwezig.attendance.figures.Imports;
import nl.aanwezig.cases.CaseStage;
import nl.aanwezig.school.Pupil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Cases in the tier-3 stages as the tier-3 route leaves them (written straight into its tables, read-only for the
 * casusoverleg), and registrations through the import's own path, for the casusoverleg tests.
 */
@Component
public class MeetingFixtures {

    private final JdbcTemplate jdbc;
    private final Imports imports;

    MeetingFixtures(JdbcTemplate jdbc, Imports imports) {
        this.jdbc = jdbc;
        this.imports = imports;
    }

    /** An open case of the pupil in {@code stage}, opened long ago; a stage change on the timeline at {@code since}. */
    public long openCase(Pupil pupil, CaseStage stage, Instant since) {
        Long id = jdbc.queryForObject("""
                insert into pupil_case (pupil_id, school_id, status, stage, opened_at) values (?, ?, 'OPEN', ?, ?)
                returning id""", Long.class, pupil.id(), pupil.schoolId(), stage.name(),
                Timestamp.from(Instant.parse("2024-09-01T08:00:00Z")));
        if (since != null) {
            jdbc.update("insert into case_event (case_id, occurred_at, type, actor, summary) values (?, ?, 'STAGE_CHANGED', "
                    + "'systeem', 'Fase gewijzigd')", id, Timestamp.from(since));
        }
        return id;
    }

    /** The case's active orange plan, made at {@code createdAt}, next evaluated on {@code next}. */
    public void plan(long caseId, long schoolId, Instant createdAt, LocalDate next) {
        jdbc.update("""
                insert into support_plan (case_id, school_id, status, started_on, evaluation_weeks, next_evaluation,
                                          created_by, created_at, updated_by, updated_at)
                values (?, ?, 'ACTIVE', ?, 6, ?, 'systeem', ?, 'systeem', ?)""", caseId, schoolId,
                Date.valueOf(next.minusWeeks(6)), Date.valueOf(next), Timestamp.from(createdAt), Timestamp.from(createdAt));
    }

    /** The case's active red arrangement, next evaluated on {@code next}. */
    public void arrangement(long caseId, long schoolId, LocalDate next) {
        Timestamp at = Timestamp.from(Instant.parse("2024-10-01T08:00:00Z"));
        jdbc.update("""
                insert into care_arrangement (case_id, school_id, status, care_provider, education_where, education_hours,
                                              starts_on, funded_by, evaluation_weeks, next_evaluation,
                                              created_by, created_at, updated_by, updated_at)
                values (?, ?, 'ACTIVE', 'Zorgaanbieder Noord', 'Op school', 12, ?, 'SWV', 6, ?, 'systeem', ?, 'systeem', ?)""",
                caseId, schoolId, Date.valueOf(next.minusWeeks(6)), Date.valueOf(next), at, at);
    }

    /** A partner (or staff member) joins the case, as an invitation or a signal does. */
    public void join(long caseId, String username, String role) {
        jdbc.update("insert into case_participant (case_id, username, role, added_at) values (?, ?, ?, now()) "
                + "on conflict do nothing", caseId, username, role);
    }

    /** Weekdays from {@code from} to {@code to}: six lessons, the first {@code absent} on authorised leave. */
    public void days(Pupil pupil, LocalDate from, LocalDate to, int absent) {
        List<RegistrationRecord> rows = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
                continue;
            }
            LocalTime start = LocalTime.of(8, 30);
            for (int i = 0; i < 6; i++, start = start.plusMinutes(50)) {
                boolean away = i < absent;
                rows.add(new RegistrationRecord(pupil.id(), d, start, start.plusMinutes(50),
                        away ? "afwezig" : "aanwezig", away ? "verlof" : null, 0));
            }
        }
        imports.write(pupil.schoolId(), rows);
    }
}
