package nl.aanwezig.chainreview;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import nl.aanwezig.attendance.RegistrationRecord;
import nl.aanwezig.attendance.figures.Imports;
import nl.aanwezig.school.Pupil;
import nl.aanwezig.school.School;
import nl.aanwezig.school.Schools;
import nl.aanwezig.support.TestData;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Seeds the facts a chain review is prepared from, straight into their tables, as the route would have left them. */
@Component
public class ChainReviewSeed {

    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private final JdbcTemplate jdbc;
    private final TestData data;
    private final Schools schools;
    private final Imports imports;

    ChainReviewSeed(JdbcTemplate jdbc, TestData data, Schools schools, Imports imports) {
        this.jdbc = jdbc;
        this.data = data;
        this.schools = schools;
        this.imports = imports;
    }

    public long region(String name) {
        return jdbc.queryForObject("select id from region where name = ?", Long.class, name);
    }

    public School school(String brin) {
        return schools.findByBrin(brin).orElseThrow();
    }

    public Pupil pupil(String brin, String leerling) {
        return data.pupil(school(brin), leerling, "1A", null);
    }

    public long openCase(Pupil p, String stage, LocalDate openedOn) {
        return jdbc.queryForObject("""
                insert into pupil_case (pupil_id, school_id, status, stage, opened_at) values (?, ?, 'OPEN', ?, ?)
                returning id""", Long.class, p.id(), p.schoolId(), stage,
                Timestamp.from(openedOn.atTime(9, 0).atZone(ZONE).toInstant()));
    }

    public void participant(long caseId, String username, String role, String organisation) {
        jdbc.update("""
                insert into case_participant (case_id, username, role, added_at, organisation) values (?, ?, ?, now(), ?)""",
                caseId, username, role, organisation);
    }

    public void lrvSignal(Pupil p, LocalDate start) {
        jdbc.update("""
                insert into signal (school_id, pupil_id, type, start_date, end_date, detail, created_at)
                values (?, ?, 'LRV', ?, ?, 'langdurig relatief verzuim', now())""", p.schoolId(), p.id(),
                Date.valueOf(start), Date.valueOf(start.plusWeeks(4)));
    }

    public void exemption5a(Pupil p, String leerplicht, LocalDate from, LocalDate to) {
        jdbc.update("""
                insert into exemption (pupil_id, school_id, notice_date, given_by, leerplicht, outcome, period_kind,
                                       valid_from, valid_to, registered_at)
                values (?, ?, ?, 'Ouders', ?, 'GRANTED', 'SCHOOL_YEAR', ?, ?, now())""", p.id(), p.schoolId(),
                Date.valueOf(from.minusWeeks(3)), leerplicht, Date.valueOf(from), Date.valueOf(to));
    }

    public long absoluteAbsence(long regionId, String firstName, LocalDate birthDate, LocalDate since) {
        return jdbc.queryForObject("""
                insert into absolute_absence (region_id, first_name, last_name, birth_date, since, action, created_by,
                                              created_at)
                values (?, ?, 'Nergens', ?, ?, 'Huisbezoek en gesprek met ouders', 'k-leerplicht', now())
                returning id""", Long.class, regionId,
                firstName, Date.valueOf(birthDate), Date.valueOf(since));
    }

    /** Every lesson of the weekdays from {@code from} to {@code to} attended (VO: six lessons), as an import writes. */
    public void attendsFully(Pupil p, LocalDate from, LocalDate to) {
        List<RegistrationRecord> rows = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (d.getDayOfWeek().getValue() > 5) {
                continue;
            }
            LocalTime start = LocalTime.of(8, 30);
            for (int i = 0; i < 6; i++, start = start.plusMinutes(50)) {
                rows.add(new RegistrationRecord(p.id(), d, start, start.plusMinutes(50), "aanwezig", null, 0));
            }
        }
        imports.write(p.schoolId(), rows);
    }
}
