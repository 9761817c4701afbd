package nl.aanwezig.attendance.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.notification.Notification;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import nl.aanwezig.attendance.importing.ImportKind;
import nl.aanwezig.attendance.importing.ImportResult;
import nl.aanwezig.attendance.importing.PreviewRow;
import nl.aanwezig.attendance.importing.SchoolScheduleService;
import nl.aanwezig.support.AsUser;
import nl.aanwezig.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.util.AopTestUtils;

/** The import screen with an absence export: the preview before importing, and the codes that refuse a file. */
@IntegrationTest
@WithMockUser(username = "t-oc-u1", roles = "OC")
class AbsenceImportViewIntegrationTest extends SpringBrowserlessTest {

    static final String HEADER = "Stamnummer;Datum;Lesuur;Code;Minuten te laat\n";

    @Autowired SchoolScheduleService schedules;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void magisterCodes() {
        long school = jdbc.queryForObject("select id from school where brin = 'T20U1'", Long.class);
        AsUser.run("t-oc-u1", "OC", () -> schedules.applyPreset(school, "magister"));
    }

    private ImportView absenceImport() {
        ImportView view = AopTestUtils.getTargetObject(navigate(ImportView.class));
        view.kind.setValue(ImportKind.ABSENCES);
        view.absenceChoices.preset.setValue("magister");
        return view;
    }

    private int absences(String leerling) {
        return jdbc.queryForObject("select count(*) from absence_record a join pupil p on p.id = a.pupil_id "
                + "where p.leerling = ?", Integer.class, leerling);
    }

    @Test
    void an_absence_export_is_previewed_as_it_will_be_read_and_imported_only_on_importeren() throws Exception {
        ImportView view = absenceImport();
        assertThat(view.absenceChoices.isVisible()).isTrue();
        assertThat(view.absenceChoices.school.isVisible()).as("an OC imports for their own school").isFalse();
        view.absenceChoices.from.setValue(LocalDate.of(2026, 9, 7));
        view.absenceChoices.to.setValue(LocalDate.of(2026, 9, 11));
        Path file = Files.createTempFile("absences", ".csv");
        Files.writeString(file, HEADER + "U1002;08-09-2026;3e uur;Z;\nU1002;09-09-2026;1e uur;L;\n");

        view.received(file.toFile());

        assertThat(view.preview.isVisible()).isTrue();
        var rows = view.preview.grid.getListDataView().getItems().toList();
        assertThat(rows).extracting(PreviewRow::line).containsExactly(2, 3);
        assertThat(view.preview.reading(rows.get(0).reading())).isEqualTo("afwezig (ziek), 10:30-11:20");
        assertThat(view.preview.reading(rows.get(1).reading())).isEqualTo("te laat (10 min), 08:30-09:20");
        assertThat(absences("U1002")).as("nothing imported before Importeren").isZero();

        ImportResult result = view.importPending().get(30, TimeUnit.SECONDS);
        view.finished(result, null);

        assertThat(result.refused()).isFalse();
        assertThat(absences("U1002")).isEqualTo(2);
        assertThat(view.preview.isVisible()).isFalse();
        assertThat(view.result.withdrawn.getText()).isEqualTo("Ingetrokken: 0");
        assertThat(view.result.lessonsChanged.isVisible()).isTrue();
        assertThat(Files.exists(file)).isFalse();
    }

    @Test
    void a_file_with_unknown_codes_is_refused_and_the_codes_are_listed_with_the_way_to_the_code_list() throws Exception {
        ImportView view = absenceImport();
        Path file = Files.createTempFile("absences", ".csv");
        Files.writeString(file, HEADER + "U1001;08-09-2026;3e uur;QQ;\nU1001;08-09-2026;4e uur;Xy;\n");

        view.received(file.toFile());
        assertThat(view.preview.grid.getListDataView().getItems().map(r -> r.reading().remark()).toList())
                .containsExactly("onbekende code 'QQ': deze staat niet in de codelijst van de school",
                        "onbekende code 'Xy': deze staat niet in de codelijst van de school");
        ImportResult result = view.importPending().get(30, TimeUnit.SECONDS);
        view.finished(result, null);

        assertThat(result.refused()).isTrue();
        assertThat(absences("U1001")).isZero();
        assertThat(view.result.unknownCodes.getText()).isEqualTo("Onbekende codes (2): QQ, Xy. Zet ze in de codelijst "
                + "van de school en importeer het bestand opnieuw.");
        assertThat(view.result.codesLink.isVisible()).isTrue();
        assertThat(view.result.codesLink.getHref()).isEqualTo("codes-en-lestijden");
        assertThat(test($(Notification.class).last()).getText()).isEqualTo("Er is niets geïmporteerd: het bestand "
                + "bevat 2 code(s) die niet in de codelijst van de school staan.");
    }

    @Test
    void an_export_that_removes_many_registered_lessons_asks_with_the_count_and_imports_only_on_confirmation()
            throws Exception {
        long pupil = jdbc.queryForObject("select id from pupil where leerling = 'U1001'", Long.class);
        for (String day : new String[] {"2026-10-05", "2026-10-06", "2026-10-07", "2026-10-08", "2026-10-09"}) {
            for (String start : new String[] {"08:30", "18:00"}) {
                jdbc.update("insert into registration (pupil_id, lesson_date, start_time, end_time, status) "
                        + "values (?, ?::date, ?::time, ?::time + interval '50 minutes', 'aanwezig')", pupil, day, start, start);
            }
        }
        ImportView view = absenceImport();
        view.absenceChoices.from.setValue(LocalDate.of(2026, 10, 5));
        view.absenceChoices.to.setValue(LocalDate.of(2026, 10, 9));
        Path file = Files.createTempFile("absences", ".csv");
        Files.writeString(file, HEADER + "U1001;05-10-2026;2e uur;Z;\n");
        view.received(file.toFile());

        ImportResult asked = view.importPending().get(30, TimeUnit.SECONDS);
        view.finished(asked, null);

        assertThat(asked.needsConfirmation()).isTrue();
        assertThat(absences("U1001")).as("nothing imported while it asks").isZero();
        assertThat(view.confirmation.isOpened()).isTrue();
        assertThat(test(view.confirmation).find(com.vaadin.flow.component.html.Paragraph.class).single().getText())
                .startsWith("Dit bestand haalt 5 van de 10 geregistreerde lessen van de periode weg");
        assertThat(Files.exists(file)).as("kept for the confirmed import").isTrue();

        test(view.confirmation.confirm).click();
        ImportResult done = view.job.get(30, TimeUnit.SECONDS);
        view.finished(done, null);

        assertThat(done.refused()).isFalse();
        assertThat(absences("U1001")).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from registration where pupil_id = ? and start_time = '18:00'",
                Integer.class, pupil)).isZero();
        assertThat(Files.exists(file)).isFalse();
    }

    @Test
    void choosing_another_file_discards_the_previewed_one() throws Exception {
        ImportView view = absenceImport();
        Path file = Files.createTempFile("absences", ".csv");
        Files.writeString(file, HEADER + "U1001;08-09-2026;3e uur;Z;\n");

        view.received(file.toFile());
        test(view.preview.cancel).click();

        assertThat(view.preview.isVisible()).isFalse();
        assertThat(Files.exists(file)).isFalse();
        assertThat(view.importPending()).isNull();
    }
}
