package nl.aanwezig.attendance.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.io.File;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import nl.aanwezig.attendance.importing.AbsencePresets;
import nl.aanwezig.attendance.importing.ImportJobs;
import nl.aanwezig.attendance.importing.ImportKind;
import nl.aanwezig.attendance.importing.ImportMode;
import nl.aanwezig.attendance.importing.ImportOptions;
import nl.aanwezig.attendance.importing.ImportPreview;
import nl.aanwezig.attendance.importing.ImportResult;
import nl.aanwezig.attendance.importing.MappingService;
import nl.aanwezig.attendance.importing.SavedMapping;
import nl.aanwezig.base.ui.LimitedUpload;
import nl.aanwezig.base.ui.Notifications;
import nl.aanwezig.base.ui.UploadSetup;
import nl.aanwezig.base.upload.UploadReceiver;
import nl.aanwezig.security.CurrentUsers;
import nl.aanwezig.security.Role;

/**
 * Uploads a pupils, registrations, timetable or absence file and imports it in the background: the screen shows the
 * rows read while it runs, then the counts and the rejected lines with their reasons. A timetable or absence export
 * is first shown as it will be read, and imported on "Importeren".
 */
@Route("import")
@PageTitle("Importeren – Aanwezig")
@Menu(title = "nav.import", order = 5)
@RolesAllowed({"ADMIN", "OC"})
public class ImportView extends VerticalLayout {

    /** The standard format is the empty choice: no saved mapping. */
    static final String STANDARD = "";

    final RadioButtonGroup<ImportKind> kind = new RadioButtonGroup<>();
    final Select<String> mapping = new Select<>();
    final RadioButtonGroup<ImportMode> mode = new RadioButtonGroup<>();
    final Upload upload = new Upload();
    final ProgressBar progress = new ProgressBar();
    final Paragraph progressText = new Paragraph();
    final ImportResultPanel result = new ImportResultPanel();
    final MappingForm mappingForm;
    final AbsenceImportChoices absenceChoices;
    final ImportPreviewPanel preview;
    final LimitedUpload uploadHandler;

    private final transient ImportJobs jobs;
    private final transient MappingService mappings;
    private final transient ImportPreview previews;
    /** An uploaded file shown in the preview, waiting for "Importeren"; {@code null} when none. */
    private final PendingFile pending = new PendingFile();
    /** Open while an absence export that removes many lessons waits for the user's answer. */
    RemovalConfirmation confirmation;
    /** The import running or last run. */
    CompletableFuture<ImportResult> job;
    private Running running;

    public ImportView(ImportJobs jobs, MappingService mappings, UploadReceiver receiver, ImportPreview previews,
                      AbsencePresets presets, CurrentUsers users) {
        this.jobs = jobs;
        this.mappings = mappings;
        this.previews = previews;
        this.uploadHandler = new LimitedUpload(receiver::receive, file -> received(file.toFile()), this::refused);
        this.mappingForm = new MappingForm(mappings, this::refreshMappings);
        this.absenceChoices = new AbsenceImportChoices(presets, previews.schools(), users.require().is(Role.ADMIN));
        this.preview = new ImportPreviewPanel(this::importPending, this::discardPending);
        add(new H2(getTranslation("import.title")), new Paragraph(getTranslation("import.intro")));
        ImportChoices.configure(this, kind, mapping, mode);
        kind.addValueChangeListener(e -> { discardPending(); refreshMappings(); });
        refreshMappings();
        UploadSetup.configure(upload, uploadHandler, receiver.maxUploadSize(), true);
        progress.setIndeterminate(true);
        setRunning(false);
        add(kind, mapping, absenceChoices, mode, upload, preview, progress, progressText, result, mappingForm);
    }

    /**
     * An uploaded file of any kind (pupils, registrations, timetable, absence export) is shown as it will be read
     * first, and imported only on "Importeren".
     */
    void received(File file) {
        ImportKind chosenKind = kind.getValue();
        discardPending();
        result.clear();
        pending.hold(file);
        preview.show(chosenKind, previews.preview(chosenKind, file.toPath(), options(), absenceChoices.schoolId(),
                ImportPreviewPanel.ROWS));
    }

    /** "Importeren" under the preview; {@code null} when no file waits. */
    CompletableFuture<ImportResult> importPending() {
        File file = pending.take();
        preview.clear();
        return file == null ? null : start(file);
    }

    void discardPending() {
        pending.discard();
        preview.clear();
        upload.clearFileList();
    }

    private void refreshMappings() {
        mapping.setItems(Stream.concat(Stream.of(STANDARD),
                mappings.list(kind.getValue()).stream().map(SavedMapping::name)).toList());
        mapping.setValue(STANDARD);
        mappingForm.show(kind.getValue());
        absenceChoices.setVisible(kind.getValue() == ImportKind.ABSENCES);
    }

    /** Starts the import of an uploaded file in the background; the job deletes the file. */
    CompletableFuture<ImportResult> start(File file) {
        return start(file, options());
    }

    private CompletableFuture<ImportResult> start(File file, ImportOptions options) {
        UI ui = UI.getCurrent();
        setRunning(true);
        result.clear();
        ImportKind chosenKind = kind.getValue();
        running = new Running(file, options);
        job = jobs.start(chosenKind, file.toPath(), options,
                rows -> ui.access(() -> progressText.setText(getTranslation("import.running", rows))));
        job.whenComplete((done, failure) -> ui.access(() -> finished(done, failure)));
        return job;
    }

    /** The job kept the file: imported again with the number confirmed, or deleted. */
    private void confirmRemoval(Running asked, ImportResult.ExportOutcome outcome) {
        if (asked == null || pending.holds(asked.file())) {
            return;
        }
        pending.hold(asked.file());
        confirmation = new RemovalConfirmation(outcome, () -> {
            pending.take();
            start(asked.file(), asked.options().confirming(outcome.lessonsToRemove()));
        }, this::discardPending);
        confirmation.open();
    }

    /** The file and options of the import running or last run. */
    private record Running(File file, ImportOptions options) { }

    private ImportOptions options() {
        return ImportChoices.options(kind.getValue(), mapping.getValue(), mode.getValue(), mappings, absenceChoices);
    }

    void finished(ImportResult done, Throwable failure) {
        setRunning(false);
        upload.clearFileList();
        if (failure != null) {
            Notifications.error(getTranslation("import.failed"));
            return;
        }
        result.show(done);
        ImportNotices.finished(this, done);
        if (done.needsConfirmation()) {
            confirmRemoval(running, done.export());
        }
    }

    /** An upload cut off while it came in (too large, too slow): nothing was imported. */
    void refused(String reason) {
        setRunning(false);
        upload.clearFileList();
        result.clear();
        Notifications.error(reason);
    }

    private void setRunning(boolean running) {
        progress.setVisible(running);
        progressText.setVisible(running);
        progressText.setText(running ? getTranslation("import.running", 0) : "");
        upload.setEnabled(!running);
        kind.setEnabled(!running);
        mapping.setEnabled(!running);
        mode.setEnabled(!running);
        absenceChoices.setChoicesEnabled(!running);
        preview.setImportEnabled(!running);
    }
}
