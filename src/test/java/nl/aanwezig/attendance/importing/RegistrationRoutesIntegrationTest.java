package nl.aanwezig.attendance.importing;

import static nl.aanwezig.attendance.importing.ImportTestFiles.REGISTRATIONS_HEADER;
import static nl.aanwezig.attendance.importing.ImportTestFiles.csv;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.aanwezig.attendance.importing.reading.ColumnMapping;
import nl.aanwezig.base.upload.RowError;
import nl.aanwezig.school.School;
import nl.aanwezig.school.Sector;
import nl.aanwezig.security.Role;
import nl.aanwezig.support.ClockAt;
import nl.aanwezig.support.IntegrationTest;
import nl.aanwezig.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The two ways a registration file is written give the same registrations and figures: the common case (every row
 * new: one plain insert, the day figures built from the staged rows) and the checked one (a key twice or stored: the
 * SQL checks, an insert that skips what is stored, the figures rebuilt from {@code registration}). The same lessons go
 * to two schools with the same pupil numbers, one file so that it takes the common case, the other so that it does
 * not, and the two schools are compared.
 */
@IntegrationTest
@ClockAt("2031-10-01T12:00")
@WithMockUser(username = "route-admin", roles = "ADMIN")
class RegistrationRoutesIntegrationTest {

    /** Each test its own two schools: the database outlives the test. */
    private static final java.util.concurrent.atomic.AtomicInteger SCHOOLS = new java.util.concurrent.atomic.AtomicInteger();

    /** Two pupils' Monday: present, sick, late, unauthorised and authorised absence. */
    private static final List<String> MONDAY = List.of(
            "2001;2031-09-15;08:30;09:20;aanwezig;;",
            "2001;2031-09-15;09:20;10:10;te_laat;;5",
            "2001;2031-09-15;10:30;11:20;afwezig;ziek;",
            "2002;2031-09-15;08:30;09:20;afwezig;spijbelen;",
            "2002;2031-09-15;09:20;10:10;afwezig;medisch;");
    /** Later lessons of the same Monday (days with registrations already) and a new Tuesday. */
    private static final List<String> MORE = List.of(
            "2001;2031-09-15;11:20;12:10;aanwezig;;",
            "2002;2031-09-15;10:30;11:20;te_laat;;12",
            "2001;2031-09-16;08:30;09:20;afwezig;ziek;",
            "2002;2031-09-16;08:30;09:20;aanwezig;;");

    @Autowired
    ImportService imports;
    @Autowired
    TestData data;
    @Autowired
    JdbcTemplate jdbc;

    String directSchool;
    String stagedSchool;

    @BeforeEach
    void schools() {
        int n = SCHOOLS.incrementAndGet();
        directSchool = "7%dRD".formatted(n);
        stagedSchool = "7%dRS".formatted(n);
        data.account("route-admin", Role.ADMIN, null);
        for (String brin : List.of(directSchool, stagedSchool)) {
            School school = data.school(brin, Sector.VO);
            data.pupil(school, "2001", "1A", null);
            data.pupil(school, "2002", "1A", null);
        }
    }

    @Test
    void a_key_twice_in_the_file_is_checked_and_writes_what_the_all_new_insert_writes() {
        ImportResult direct = importRows(directSchool, MONDAY, ImportMode.ALL_OR_NOTHING);
        List<String> twice = new ArrayList<>(MONDAY);
        twice.add(MONDAY.get(1));
        ImportResult staged = importRows(stagedSchool, twice, ImportMode.ALL_OR_NOTHING);

        assertThat(direct).isEqualTo(new ImportResult(5, 0, 0, List.of(), false));
        assertThat(staged).isEqualTo(new ImportResult(5, 1, 0, List.of(), false));
        assertSameRegistrationsAndFigures();
    }

    @Test
    void a_file_overlapping_stored_rows_is_checked_and_adds_what_the_all_new_insert_adds() {
        importRows(directSchool, MONDAY, ImportMode.ALL_OR_NOTHING);
        importRows(stagedSchool, MONDAY, ImportMode.ALL_OR_NOTHING);

        ImportResult direct = importRows(directSchool, MORE, ImportMode.ALL_OR_NOTHING);
        List<String> overlapping = new ArrayList<>(MONDAY);
        overlapping.addAll(MORE);
        ImportResult staged = importRows(stagedSchool, overlapping, ImportMode.ALL_OR_NOTHING);

        assertThat(direct).isEqualTo(new ImportResult(4, 0, 0, List.of(), false));
        assertThat(staged).isEqualTo(new ImportResult(4, 5, 0, List.of(), false));
        assertSameRegistrationsAndFigures();
        assertThat(days(directSchool)).hasSize(4);
    }

    @Test
    void a_refused_row_at_the_end_in_all_or_nothing_leaves_no_registration_and_no_figure() {
        List<String> lines = new ArrayList<>(MONDAY);
        lines.add("9999;2031-09-15;08:30;09:20;aanwezig;;");

        ImportResult result = importRows(directSchool, lines, ImportMode.ALL_OR_NOTHING);

        assertThat(result).isEqualTo(new ImportResult(0, 0, 1,
                List.of(new RowError(7, "onbekende leerling '9999' op school '" + directSchool + "'")), false, true));
        assertThat(registrations(directSchool)).isEmpty();
        assertThat(days(directSchool)).isEmpty();
    }

    @Test
    void a_stored_row_with_another_value_is_refused_with_its_line_and_nothing_of_the_file_is_added() {
        importRows(directSchool, MONDAY, ImportMode.ALL_OR_NOTHING);
        List<String> changed = new ArrayList<>(MORE);
        changed.add("2002;2031-09-15;08:30;09:20;aanwezig;;");

        ImportResult result = importRows(directSchool, changed, ImportMode.ALL_OR_NOTHING);

        assertThat(result.refused()).isTrue();
        assertThat(result.errors()).extracting(RowError::line).containsExactly(6);
        assertThat(registrations(directSchool)).hasSize(MONDAY.size());
    }

    @Test
    void valid_only_writes_the_valid_rows_alike_with_and_without_the_checks() {
        List<String> withBad = new ArrayList<>(MONDAY);
        withBad.add(2, "9999;2031-09-15;08:30;09:20;aanwezig;;");
        List<String> withBadAndTwice = new ArrayList<>(withBad);
        withBadAndTwice.add(MONDAY.getFirst());

        ImportResult direct = importRows(directSchool, withBad, ImportMode.VALID_ONLY);
        ImportResult staged = importRows(stagedSchool, withBadAndTwice, ImportMode.VALID_ONLY);

        assertThat(direct.accepted()).isEqualTo(5);
        assertThat(direct.errors()).extracting(RowError::line).containsExactly(4);
        assertThat(staged.accepted()).isEqualTo(5);
        assertThat(staged.errors()).extracting(RowError::line).containsExactly(4);
        assertSameRegistrationsAndFigures();
    }

    private void assertSameRegistrationsAndFigures() {
        assertThat(registrations(directSchool)).isNotEmpty().isEqualTo(registrations(stagedSchool));
        assertThat(days(directSchool)).isNotEmpty().isEqualTo(days(stagedSchool));
        assertThat(months(directSchool)).isNotEmpty().isEqualTo(months(stagedSchool));
    }

    private ImportResult importRows(String brin, List<String> lines, ImportMode mode) {
        StringBuilder file = new StringBuilder(REGISTRATIONS_HEADER);
        lines.forEach(line -> file.append(brin).append(';').append(line).append('\n'));
        return imports.importRegistrations(csv(file.toString()), new ImportOptions(mode, ColumnMapping.canonical()),
                ImportProgress.NONE);
    }

    private List<Map<String, Object>> registrations(String brin) {
        return jdbc.queryForList("""
                select p.leerling, r.lesson_date, r.start_time, r.end_time, r.status, r.reason, r.minutes_late
                from registration r join pupil p on p.id = r.pupil_id join school s on s.id = p.school_id
                where s.brin = ? order by 1, 2, 3""", brin);
    }

    private List<Map<String, Object>> days(String brin) {
        return jdbc.queryForList("""
                select p.leerling, d.lesson_date, d.scheduled_min, d.present_min, d.authorised_absent_min,
                       d.unauthorised_absent_min, d.late_count, d.late_min, d.sick
                from attendance_day d join pupil p on p.id = d.pupil_id join school s on s.id = d.school_id
                where s.brin = ? order by 1, 2""", brin);
    }

    private List<Map<String, Object>> months(String brin) {
        return jdbc.queryForList("""
                select p.leerling, m.month_start, m.scheduled_min, m.present_min, m.authorised_absent_min,
                       m.unauthorised_absent_min, m.late_count, m.late_min
                from attendance_month m join pupil p on p.id = m.pupil_id join school s on s.id = m.school_id
                where s.brin = ? order by 1, 2""", brin);
    }
}
