package nl.aanwezig.attendance.importing;

import static nl.aanwezig.attendance.importing.ImportTestFiles.REGISTRATIONS_HEADER;
import static nl.aanwezig.attendance.importing.ImportTestFiles.csv;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import nl.aanwezig.attendance.RegistrationStore;
import nl.aanwezig.attendance.RegistrationsImported;
import nl.aanwezig.base.upload.RowError;
import nl.aanwezig.school.Pupil;
import nl.aanwezig.school.School;
import nl.aanwezig.school.Sector;
import nl.aanwezig.security.Role;
import nl.aanwezig.support.IntegrationTest;
import nl.aanwezig.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Bad registration rows: each kind reported with its line; all or nothing, or only the valid rows. */
@IntegrationTest
// its files are of the school year 2031-2032: the app takes dates of the known school years only
@nl.aanwezig.support.ClockAt("2031-10-01T12:00")
@WithMockUser(username = "reg-admin", roles = "ADMIN")
@RecordApplicationEvents
class RegistrationImportIntegrationTest {

    private static final String BRIN = "77RA";

    @Autowired
    ImportService imports;
    @Autowired
    TestData data;
    @Autowired
    RegistrationStore registrations;
    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEvents events;

    Pupil pupil;

    @BeforeEach
    void pupils() {
        data.account("reg-admin", Role.ADMIN, null);
        School school = data.school(BRIN, Sector.VO);
        pupil = data.pupil(school, "1001", "1A", null);
        data.pupil(school, "1002", "1A", null);
    }

    @Test
    void every_kind_of_bad_row_is_reported_with_its_line_and_nothing_is_written() {
        String file = REGISTRATIONS_HEADER
                + "77RA;1001;2031-02-03;08:30;09:20;aanwezig;;\n"        // 2 valid
                + "77RA;1001;2031-02-31;08:30;09:20;aanwezig;;\n"        // 3 bad date
                + "77RA;1001;2031-02-03;10:00;09:20;aanwezig;;\n"        // 4 end before start
                + "77RA;1001;2031-02-03;09:20;10:10;ziek;;\n"            // 5 unknown status
                + "77RA;1001;2031-02-03;10:30;11:20;afwezig;vakantie;\n" // 6 unknown reason
                + "77RA;1001;2031-02-03;11:20;12:10;te_laat;;50\n"       // 7 lateness as long as the lesson
                + "77RA;9999;2031-02-03;08:30;09:20;aanwezig;;\n"        // 8 unknown pupil
                + "00XX;1001;2031-02-03;08:30;09:20;aanwezig;;\n"        // 9 unknown school
                + "77RA;1002;2031-02-03;08:30;09:20;aanwezig;;\n"        // 10 duplicate of 11, other value
                + "77RA;1002;2031-02-03;08:30;09:20;afwezig;ziek;\n";    // 11

        ImportResult result = importRegistrations(file, ImportMode.ALL_OR_NOTHING);

        assertThat(result.errors()).containsExactly(
                new RowError(3, "ongeldige datum '2031-02-31'"),
                new RowError(4, "eindtijd voor begintijd"),
                new RowError(5, "onbekende status 'ziek'"),
                new RowError(6, "onbekende reden 'vakantie'"),
                new RowError(7, "te laat langer dan de les"),
                new RowError(8, "onbekende leerling '9999' op school '77RA'"),
                new RowError(9, "onbekende school '00XX'"),
                new RowError(10, "dubbele registratie (ook op regel 11) met een andere waarde"),
                new RowError(11, "dubbele registratie (ook op regel 10) met een andere waarde"));
        assertThat(result).extracting(ImportResult::accepted, ImportResult::unchanged, ImportResult::rejected,
                ImportResult::refused).containsExactly(0, 0, 9, true);
        assertThat(registrationsOf(pupil, LocalDate.of(2031, 2, 3))).isEmpty();
    }

    @Test
    void dates_outside_the_known_school_years_weekends_and_non_whole_minutes_are_refused_with_their_line() {
        String file = REGISTRATIONS_HEADER
                + "77RA;1001;0001-01-01;08:30;09:20;aanwezig;;\n"        // 2 long before the known school years
                + "77RA;1001;9999-12-31;08:30;09:20;aanwezig;;\n"        // 3 long after
                + "77RA;1001;2031-10-04;08:30;09:20;aanwezig;;\n"        // 4 a Saturday
                + "77RA;1001;2031-10-05;08:30;09:20;aanwezig;;\n"        // 5 a Sunday
                + "77RA;1001;2031-10-06;08:30;09:20;te_laat;;1.5\n"      // 6 minutes not whole
                + "77RA;1001;2031-10-06;09:20;10:10;aanwezig;;\n";       // 7 valid

        ImportResult result = importRegistrations(file, ImportMode.VALID_ONLY);

        String years = "valt buiten de schooljaren die de app kent (2023-08-01 t/m 2033-07-31: vanaf het eerste schooljaar "
                + "van haar vakantietabel tot en met het volgende schooljaar)";
        assertThat(result.errors()).containsExactly(
                new RowError(2, "datum 0001-01-01 " + years),
                new RowError(3, "datum 9999-12-31 " + years),
                new RowError(4, "datum 2031-10-04 is een zaterdag: geen schooldag, daarop worden geen lessen geregistreerd"),
                new RowError(5, "datum 2031-10-05 is een zondag: geen schooldag, daarop worden geen lessen geregistreerd"),
                new RowError(6, "ongeldig aantal minuten '1.5'"));
        assertThat(result.accepted()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from registration where pupil_id = ? and (lesson_date < ? "
                + "or lesson_date > ? or extract(isodow from lesson_date) > 5)", Long.class, pupil.id(),
                java.sql.Date.valueOf("2030-08-01"), java.sql.Date.valueOf("2033-07-31"))).isZero();
    }

    @Test
    void the_import_names_the_pupils_of_its_rows_so_detection_looks_at_them_only() {
        String file = REGISTRATIONS_HEADER + "77RA;1001;2031-05-05;08:30;09:20;afwezig;onbekend;\n";

        assertThat(importRegistrations(file, ImportMode.ALL_OR_NOTHING).accepted()).isEqualTo(1);

        assertThat(events.stream(RegistrationsImported.class)).singleElement()
                .satisfies(e -> assertThat(e.pupilIds()).containsExactly(pupil.id()));
    }

    @Test
    void valid_only_writes_exactly_the_valid_rows() {
        String file = REGISTRATIONS_HEADER
                + "77RA;1001;2031-03-03;08:30;09:20;aanwezig;;\n"
                + "77RA;1001;2031-03-03;09:20;10:10;afwezig;spijbelen;\n"
                + "77RA;1001;2031-03-03;10:30;11:20;te_laat;;10\n"
                + "77RA;1001;2031-03-03;10:30;11:20;te_laat;;10\n"         // identical duplicate: unchanged
                + "77RA;1001;2031-03-03;11:20;12:10;afwezig;;\n"           // reason missing
                + "77RA;9999;2031-03-03;08:30;09:20;aanwezig;;\n";

        ImportResult result = importRegistrations(file, ImportMode.VALID_ONLY);

        assertThat(result).isEqualTo(new ImportResult(3, 1, 2, List.of(
                new RowError(6, "reden ontbreekt bij afwezig"),
                new RowError(7, "onbekende leerling '9999' op school '77RA'")), false));
        assertThat(registrationsOf(pupil, LocalDate.of(2031, 3, 3)))
                .extracting(r -> r.start().toString(), r -> r.status())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("08:30", "aanwezig"),
                        org.assertj.core.groups.Tuple.tuple("09:20", "afwezig"),
                        org.assertj.core.groups.Tuple.tuple("10:30", "te_laat"));
    }

    @Test
    void a_stored_registration_is_never_overwritten_by_a_different_value() {
        String original = REGISTRATIONS_HEADER + "77RA;1001;2031-04-07;08:30;09:20;afwezig;onbekend;\n";
        assertThat(importRegistrations(original, ImportMode.ALL_OR_NOTHING).accepted()).isEqualTo(1);

        String changed = REGISTRATIONS_HEADER
                + "77RA;1001;2031-04-07;08:30;09:20;afwezig;ziek;\n"
                + "77RA;1001;2031-04-07;09:20;10:10;aanwezig;;\n";
        ImportResult result = importRegistrations(changed, ImportMode.VALID_ONLY);

        assertThat(result).isEqualTo(new ImportResult(1, 0, 1,
                List.of(new RowError(2, "registratie bestaat al met een andere waarde")), false));
        assertThat(registrationsOf(pupil, LocalDate.of(2031, 4, 7))).extracting(r -> r.reason())
                .containsExactly("onbekend", null);
    }

    @Test
    void a_missing_required_column_refuses_the_file_even_when_valid_rows_may_be_imported() {
        ImportResult result = importRegistrations("school;leerling;datum;start;status\n77RA;1001;2031-05-05;08:30;aanwezig\n",
                ImportMode.VALID_ONLY);

        assertThat(result.errors()).containsExactly(new RowError(1, "kolom 'eind' ontbreekt"));
        assertThat(result.refused()).isTrue();
        assertThat(result.accepted()).isZero();
    }

    @Test
    void an_empty_file_is_refused_with_the_missing_columns() {
        ImportResult result = importRegistrations("", ImportMode.ALL_OR_NOTHING);

        assertThat(result.refused()).isTrue();
        assertThat(result.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(1);
            assertThat(e.reason()).startsWith("kolommen 'school', 'leerling'");
        });
    }

    @Test
    void binary_garbage_is_refused_as_unreadable_not_a_server_error() {
        byte[] garbage = new byte[4096];
        new java.util.Random(7).nextBytes(garbage);
        byte[] fakeZip = "PK\u0003\u0004 not really a workbook".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

        for (byte[] bytes : List.of(garbage, fakeZip)) {
            ImportResult result = imports.importRegistrations(new ByteArrayInputStream(bytes),
                    ImportOptions.defaults(), ImportProgress.NONE);
            assertThat(result.refused()).isTrue();
            assertThat(result.errors()).containsExactly(new RowError(1,
                    "dit bestand is geen leesbaar CSV-bestand (UTF-8) of XLSX-bestand"));
        }
    }

    @Test
    void an_xlsx_workbook_imports_like_a_csv() throws IOException {
        byte[] workbook = ImportTestFiles.xlsx(List.of(
                List.of("school", "leerling", "datum", "start", "eind", "status", "reden", "minuten_te_laat"),
                List.of("77RA", "1002", "2031-06-02", "08:30", "09:20", "afwezig", "medisch", ""),
                List.of("77RA", "1002", "2031-06-02", "09:20", "10:10", "aanwezig", "", "")));

        ImportResult result = imports.importRegistrations(new ByteArrayInputStream(workbook), ImportOptions.defaults(),
                ImportProgress.NONE);

        assertThat(result).isEqualTo(new ImportResult(2, 0, 0, List.of(), false));
    }

    @Test
    void errors_are_all_counted_but_only_the_first_thousand_listed_and_progress_is_reported() {
        StringBuilder file = new StringBuilder(REGISTRATIONS_HEADER);
        for (int i = 0; i < 12_000; i++) {
            file.append("77RA;1001;2031-07-").append(String.format("%02d", i % 5 + 7)).append(";08:30;09:20;").append(i < 1500 ? "weg" : "aanwezig")
                    .append(";;\n");
        }
        List<Long> progress = new java.util.ArrayList<>();

        ImportResult result = imports.importRegistrations(csv(file.toString()),
                new ImportOptions(ImportMode.ALL_OR_NOTHING, nl.aanwezig.attendance.importing.reading.ColumnMapping.canonical()),
                progress::add);

        assertThat(result.rejected()).isGreaterThanOrEqualTo(1500);
        assertThat(result.errors()).hasSize(ImportService.MAX_ERRORS);
        assertThat(result.errorsTruncated()).isTrue();
        assertThat(result.errors().getFirst()).isEqualTo(new RowError(2, "onbekende status 'weg'"));
        assertThat(progress).containsExactly(10_000L, 12_000L);
    }

    private ImportResult importRegistrations(String file, ImportMode mode) {
        return imports.importRegistrations(csv(file),
                new ImportOptions(mode, nl.aanwezig.attendance.importing.reading.ColumnMapping.canonical()), ImportProgress.NONE);
    }

    private List<nl.aanwezig.attendance.RegistrationRecord> registrationsOf(Pupil p, LocalDate day) {
        return registrations.ofPupil(p.id(), day, day);
    }
}
