package nl.aanwezig.attendance.ui;

import nl.aanwezig.base.ui.LimitedUpload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Duration;
import java.util.Optional;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.aanwezig.base.upload.RowError;
import nl.aanwezig.attendance.importing.ImportKind;
import nl.aanwezig.base.upload.ImportLimits;
import nl.aanwezig.attendance.importing.ImportMode;
import nl.aanwezig.attendance.importing.ImportResult;
import nl.aanwezig.attendance.importing.ImportTestFiles;
import nl.aanwezig.attendance.importing.MappingService;
import nl.aanwezig.base.upload.UploadReceiver;
import nl.aanwezig.school.Sector;
import nl.aanwezig.security.Role;
import nl.aanwezig.support.IntegrationTest;
import nl.aanwezig.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.util.AopTestUtils;
import org.springframework.util.unit.DataSize;

/** The import screen, without a browser: who may open it, its choices, and how it shows a result. */
@IntegrationTest
// its files are of the school year 2031-2032: the app takes dates of the known school years only
@nl.aanwezig.support.ClockAt("2031-10-01T12:00")
class ImportViewIntegrationTest extends SpringBrowserlessTest {

    @Autowired
    TestData data;
    @Autowired
    MappingService mappings;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @BeforeEach
    void accounts() {
        var school = data.school("55UI", Sector.VO);
        data.account("ui-admin", Role.ADMIN, null);
        data.account("ui-mentor", Role.MENTOR, school);
        data.pupil(school, "3001", "2B", "ui-mentor");
    }

    /** The view bean is proxied by method security (@RolesAllowed); its fields live on the target. */
    private ImportView open() {
        return AopTestUtils.getTargetObject(navigate(ImportView.class));
    }

    @Test
    @WithMockUser(username = "ui-admin", roles = "ADMIN")
    void an_admin_sees_the_choices_with_safe_defaults() {
        ImportView view = open();

        assertThat(view.kind.getValue()).isEqualTo(ImportKind.REGISTRATIONS);
        assertThat(view.mode.getValue()).isEqualTo(ImportMode.ALL_OR_NOTHING);
        assertThat(view.mapping.getValue()).isEqualTo(ImportView.STANDARD);
        assertThat(view.progress.isVisible()).isFalse();
        assertThat(view.result.isVisible()).isFalse();
    }

    @Test
    @WithMockUser(username = "ui-admin", roles = "ADMIN")
    void each_kind_lists_its_expected_columns_and_a_registrations_file_is_previewed_before_it_is_imported()
            throws Exception {
        ImportView view = open();
        assertThat(view.kind.getHelperText()).startsWith("Verwachte kolommen (in de kopregel): school, leerling, datum, "
                + "start, eind, status, reden, minuten_te_laat.");
        view.kind.setValue(ImportKind.PUPILS);
        assertThat(view.kind.getHelperText()).contains("voornaam, achternaam, geboortedatum");
        view.kind.setValue(ImportKind.REGISTRATIONS);
        Path file = Files.createTempFile("upload", ".csv");
        Files.writeString(file, ImportTestFiles.REGISTRATIONS_HEADER
                + "55UI;3001;2031-10-08;08:30;09:20;aanwezig;;\n"
                + "55UI;3001;2031-10-08;09:20;10:10;afwezig;ziek;\n");

        view.received(file.toFile());

        assertThat(view.preview.isVisible()).isTrue();
        assertThat(view.preview.grid.getListDataView().getItems().toList())
                .extracting(nl.aanwezig.attendance.importing.PreviewRow::line).containsExactly(2, 3);
        assertThat(registrationsOn("2031-10-08")).as("nothing imported before Importeren").isZero();

        ImportResult result = view.importPending().get(30, TimeUnit.SECONDS);
        view.finished(result, null);

        assertThat(result.refused()).isFalse();
        assertThat(registrationsOn("2031-10-08")).isEqualTo(2);
        assertThat(view.preview.isVisible()).isFalse();
    }

    private int registrationsOn(String date) {
        return jdbc.queryForObject("select count(*) from registration r join pupil p on p.id = r.pupil_id "
                + "join school s on s.id = p.school_id where s.brin = '55UI' and p.leerling = '3001' "
                + "and r.lesson_date = ?::date", Integer.class, date);
    }

    @Test
    @WithMockUser(username = "ui-mentor", roles = "MENTOR")
    void a_mentor_cannot_open_the_import_screen() {
        assertThatThrownBy(() -> navigate(ImportView.class)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @WithMockUser(username = "ui-admin", roles = "ADMIN")
    void an_uploaded_file_is_imported_in_the_background_and_its_errors_are_listed() throws Exception {
        ImportView view = open();
        Path file = Files.createTempFile("upload", ".csv");
        Files.writeString(file, ImportTestFiles.REGISTRATIONS_HEADER
                + "55UI;3001;2031-10-06;08:30;09:20;aanwezig;;\n"
                + "55UI;3001;2031-10-06;09:20;10:10;afwezig;vakantie;\n");

        ImportResult result = view.start(file.toFile()).get(30, TimeUnit.SECONDS);
        view.finished(result, null);

        assertThat(result.refused()).isTrue();
        assertThat(view.result.isVisible()).isTrue();
        assertThat(view.result.errors.getListDataView().getItems().toList())
                .containsExactly(new RowError(3, "onbekende reden 'vakantie'"));
        assertThat(view.result.rejected.getText()).isEqualTo("Afgekeurd: 1");
        assertThat(Files.exists(file)).isFalse();
    }

    @Test
    @WithMockUser(username = "ui-admin", roles = "ADMIN")
    void an_upload_over_the_size_limit_is_refused_with_a_dutch_message_and_nothing_is_imported() throws IOException {
        ImportView view = open();
        InputStream unread = new ByteArrayInputStream(new byte[0]);

        Optional<String> refusal = view.uploadHandler.receive(unread, DataSize.ofMegabytes(201).toBytes(), UI.getCurrent());
        roundTrip();

        String message = "Het bestand is te groot: hoogstens 200 MB. Er is niets ingelezen; splits het bestand in kleinere delen.";
        assertThat(refusal).contains(message);
        assertThat(test($(Notification.class).last()).getText()).isEqualTo(message);
        assertThat(view.result.isVisible()).isFalse();
        assertThat(view.upload.isEnabled()).isTrue();
        assertThat(view.upload.getMaxFileSize()).isEqualTo(200 * 1024 * 1024); // the browser refuses it first
    }

    @Test
    @WithMockUser(username = "ui-admin", roles = "ADMIN")
    void an_upload_that_trickles_is_cut_off_with_a_dutch_message() throws IOException {
        ImportView view = open();
        // 1 KB/s over 1 s windows; the file comes in at 20 bytes every 300 ms
        ImportLimits fast = new ImportLimits(DataSize.ofMegabytes(200), DataSize.ofKilobytes(1), Duration.ofSeconds(1),
                Duration.ofMinutes(30), DataSize.ofGigabytes(1), 100, 32_767);
        LimitedUpload handler = new LimitedUpload(new UploadReceiver(fast)::receive, file -> view.start(file.toFile()),
                view::refused);
        InputStream trickle = new InputStream() {
            @Override
            public int read() {
                throw new UnsupportedOperationException();
            }

            @Override
            public int read(byte[] b, int off, int len) {
                try {
                    Thread.sleep(300);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                java.util.Arrays.fill(b, off, off + 20, (byte) 'r');
                return 20;
            }
        };

        Optional<String> refusal = handler.receive(trickle, -1, UI.getCurrent());
        roundTrip();

        String message = "Het uploaden ging te traag (minder dan 1 KB per seconde gedurende 1 seconden) en is afgebroken. "
                + "Er is niets ingelezen; probeer het opnieuw.";
        assertThat(refusal).contains(message);
        assertThat(test($(Notification.class).last()).getText()).isEqualTo(message);
    }

    @Test
    @WithMockUser(username = "ui-admin", roles = "ADMIN")
    void a_saved_mapping_can_be_chosen() throws IOException {
        ImportView view = open();
        view.kind.setValue(ImportKind.PUPILS);
        view.mappingForm.name.setValue("UI-test leerlingen " + System.nanoTime());
        view.mappingForm.sources.get("leerling").setValue("Leerlingnummer");

        view.mappingForm.save();

        String saved = mappings.list(ImportKind.PUPILS).getLast().name();
        assertThat(view.mapping.getListDataView().getItems().toList()).contains(ImportView.STANDARD, saved);
        assertThat(mappings.get(saved).orElseThrow().mapping().sourceFor("leerling")).isEqualTo("Leerlingnummer");
        assertThat(List.of(view.mappingForm.sources.keySet().toArray())).containsExactlyElementsOf(ImportKind.PUPILS.columns());
    }
}
