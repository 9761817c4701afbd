package nl.aanwezig.attendance.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import nl.aanwezig.attendance.domain.AbsenceReason;
import nl.aanwezig.attendance.domain.CodeStatus;
import nl.aanwezig.attendance.importing.ImportOptions.ExportScope;
import nl.aanwezig.attendance.importing.PreviewRow.Reading;
import nl.aanwezig.support.AsUser;
import nl.aanwezig.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** The preview reads an absence export as the import will, through the school's code list and bell schedule. */
@IntegrationTest
class ImportPreviewIntegrationTest {

    static final String HEADER = "Stamnummer;Datum;Lesuur;Code;Minuten te laat\n";

    @Autowired ImportPreview preview;
    @Autowired SchoolScheduleService schedules;
    @Autowired AbsencePresets presets;
    @Autowired JdbcTemplate jdbc;

    long school;
    long other;

    @BeforeEach
    void magisterSchool() {
        school = jdbc.queryForObject("select id from school where brin = 'T20U1'", Long.class);
        other = jdbc.queryForObject("select id from school where brin = 'T20U3'", Long.class);
        AsUser.run("t-oc-u1", "OC", () -> schedules.applyPreset(school, "magister"));
    }

    private List<PreviewRow> asOc(String body, ExportScope scope, int max) throws IOException {
        Path file = Files.createTempFile("preview", ".csv");
        Files.writeString(file, HEADER + body);
        ImportOptions options = new ImportOptions(ImportMode.ALL_OR_NOTHING,
                presets.find("magister").orElseThrow().columns(), scope);
        try {
            return AsUser.call("t-oc-u1", "OC", () -> preview.preview(ImportKind.ABSENCES, file, options, null, max));
        } finally {
            Files.delete(file);
        }
    }

    @Test
    void an_absence_row_reads_as_its_code_and_lesson_hour_say() throws IOException {
        List<PreviewRow> rows = asOc("U1001;08-09-2026;3e uur;Z;\n", ExportScope.FILE, 10);

        assertThat(rows).hasSize(1);
        PreviewRow row = rows.getFirst();
        assertThat(row.line()).isEqualTo(2);
        assertThat(row.values()).containsEntry("datum", "2026-09-08").containsEntry("lesuur", "3")
                .containsEntry("code", "Z");
        assertThat(row.reading()).isEqualTo(new Reading(CodeStatus.AFWEZIG, AbsenceReason.ZIEK, LocalTime.of(10, 30),
                LocalTime.of(11, 20), null, null));
        assertThat(row.error()).isNull();
    }

    @Test
    void a_bare_late_arrival_counts_the_schools_default_minutes_and_given_minutes_are_kept() throws IOException {
        int defaultMinutes = AsUser.call("t-oc-u1", "OC", () -> schedules.defaultMinutesLate(school));

        List<PreviewRow> rows = asOc("U1001;08-09-2026;1e uur;L;\nU1001;08-09-2026;2e uur;l;7\n", ExportScope.FILE, 10);

        assertThat(rows).extracting(r -> r.reading().minutesLate()).containsExactly(defaultMinutes, 7);
        assertThat(rows).extracting(r -> r.reading().status()).containsOnly(CodeStatus.TE_LAAT);
    }

    @Test
    void unknown_codes_hours_outside_the_bell_schedule_and_unknown_pupils_get_a_dutch_remark() throws IOException {
        List<PreviewRow> rows = asOc("""
                U1001;08-09-2026;2e uur;XX;
                U1001;08-09-2026;9e uur;Z;
                U9999;08-09-2026;2e uur;Z;
                U1002;01-10-2026;2e uur;Z;
                """, new ExportScope(null, LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 30)), 10);

        assertThat(rows).extracting(r -> r.reading().remark()).containsExactly(
                "onbekende code 'XX': deze staat niet in de codelijst van de school",
                "lesuur '9' staat niet in de lestijden van dinsdag; zet het eerst in de lestijden van de school",
                "onbekende leerling 'U9999' op school ''",
                "datum 2026-10-01 valt buiten de periode van de export (2026-09-01 t/m 2026-09-30)");
        assertThat(rows.get(1).reading().status()).isEqualTo(CodeStatus.AFWEZIG);
    }

    @Test
    void a_bad_row_is_listed_with_its_reason_and_reading_stops_after_the_maximum() throws IOException {
        List<PreviewRow> rows = asOc("U1001;31-02-2026;2e uur;Z;\nU1001;08-09-2026;2e uur;Z;\nU1001;08-09-2026;3e uur;Z;\n",
                ExportScope.FILE, 2);

        assertThat(rows).extracting(PreviewRow::line).containsExactly(2, 3);
        assertThat(rows.getFirst().error()).isNotBlank();
        assertThat(rows.getFirst().reading()).isNull();
        assertThat(rows.get(1).error()).isNull();
    }

    @Test
    void a_file_without_the_required_columns_is_one_error_on_line_1() throws IOException {
        Path file = Files.createTempFile("preview", ".csv");
        Files.writeString(file, "naam;datum\nx;y\n");
        List<PreviewRow> rows = AsUser.call("t-oc-u1", "OC",
                () -> preview.preview(ImportKind.ABSENCES, file, ImportOptions.defaults(), null, 10));
        Files.delete(file);

        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(1);
            assertThat(r.error()).contains("ontbreken");
        });
    }

    @Test
    void the_preview_writes_nothing() throws IOException {
        Integer before = jdbc.queryForObject("select count(*) from absence_record", Integer.class);

        asOc("U1001;08-09-2026;3e uur;Z;\n", ExportScope.FILE, 10);

        assertThat(jdbc.queryForObject("select count(*) from absence_record", Integer.class)).isEqualTo(before);
    }

    @Test
    void an_oc_is_refused_the_preview_for_another_school() throws IOException {
        Path file = Files.createTempFile("preview", ".csv");
        Files.writeString(file, HEADER);
        assertThatThrownBy(() -> AsUser.run("t-oc-u1", "OC",
                () -> preview.preview(ImportKind.ABSENCES, file, ImportOptions.defaults(), other, 10)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.run("t-mentor-u2", "MENTOR",
                () -> preview.preview(ImportKind.ABSENCES, file, ImportOptions.defaults(), null, 10)))
                .isInstanceOf(AccessDeniedException.class);
        Files.delete(file);
    }

    @Test
    void the_admin_previews_for_the_chosen_school_and_a_timetable_reads_its_canonical_values() throws IOException {
        Path file = Files.createTempFile("preview", ".csv");
        Files.writeString(file, "school;klas;leerling;weekdag;lesuur;geldig_van;geldig_tot\nT20U1;1A;;di;3e uur;2026-08-24;2027-07-09\n");
        List<PreviewRow> rows = AsUser.call("t-admin", "ADMIN",
                () -> preview.preview(ImportKind.TIMETABLE, file, ImportOptions.defaults(), school, 10));
        Files.delete(file);

        assertThat(rows).singleElement().satisfies(r -> assertThat(r.values())
                .containsEntry("weekdag", "dinsdag").containsEntry("lesuur", "3").containsEntry("klas", "1A"));
    }
}
