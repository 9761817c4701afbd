package nl.aanwezig.attendance.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.io.File;
import java.util.concurrent.CompletableFuture;
import nl.aanwezig.attendance.importing.reading.ColumnMapping;
import nl.aanwezig.attendance.importing.ImportJobs;
import nl.aanwezig.attendance.importing.ImportKind;
import nl.aanwezig.attendance.importing.ImportLimits;
import nl.aanwezig.attendance.importing.ImportMode;
import nl.aanwezig.attendance.importing.ImportOptions;
import nl.aanwezig.attendance.importing.ImportResult;
import nl.aanwezig.attendance.importing.MappingService;
import nl.aanwezig.attendance.importing.SavedMapping;
import nl.aanwezig.attendance.importing.UploadReceiver;
import nl.aanwezig.base.ui.Notifications;
import org.springframework.util.unit.DataSize;

/**
 * Uploads a pupils or registrations file and imports it in the background: the screen shows the rows read
 * while it runs, then the counts and the rejected lines with their reasons.
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

    final LimitedUpload uploadHandler;

    private final transient ImportJobs jobs;
    private final transient MappingService mappings;

    public ImportView(ImportJobs jobs, MappingService mappings, UploadReceiver receiver) {
        this.jobs = jobs;
        this.mappings = mappings;
        this.uploadHandler = new LimitedUpload(receiver::receive, file -> start(file.toFile()), this::refused);
        this.mappingForm = new MappingForm(mappings, this::refreshMappings);
        add(new H2(getTranslation("import.title")), new Paragraph(getTranslation("import.intro")));
        configureChoices();
        configureUpload(receiver.maxUploadSize());
        progress.setIndeterminate(true);
        setRunning(false);
        add(kind, mapping, mode, upload, progress, progressText, result, mappingForm);
    }

    private void configureChoices() {
        kind.setLabel(getTranslation("import.kind"));
        kind.setItems(ImportKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("import.kind." + k));
        kind.setValue(ImportKind.REGISTRATIONS);
        kind.addValueChangeListener(e -> refreshMappings());
        mapping.setLabel(getTranslation("import.mapping"));
        mapping.setItemLabelGenerator(name -> STANDARD.equals(name) ? getTranslation("import.mapping.standard") : name);
        mode.setLabel(getTranslation("import.mode"));
        mode.setItems(ImportMode.values());
        mode.setItemLabelGenerator(m -> getTranslation("import.mode." + m));
        mode.setValue(ImportMode.ALL_OR_NOTHING);
        refreshMappings();
    }

    private void refreshMappings() {
        mapping.setItems(java.util.stream.Stream.concat(java.util.stream.Stream.of(STANDARD),
                mappings.list(kind.getValue()).stream().map(SavedMapping::name)).toList());
        mapping.setValue(STANDARD);
        mappingForm.show(kind.getValue());
    }

    private void configureUpload(DataSize maxSize) {
        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes(".csv", ".xlsx", "text/csv", ImportResultPanel.XLSX);
        upload.setDropLabel(new Span(getTranslation("import.upload.drop")));
        // the browser refuses a file too large before sending it; the server checks again while receiving
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxSize.toBytes()));
        upload.setI18n(dutchUpload(maxSize));
        // a temp file, not memory: exports can hold a million rows; the import starts once it is complete
        upload.setUploadHandler(uploadHandler);
    }

    private UploadI18N dutchUpload(DataSize maxSize) {
        var i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles()
                .setOne(getTranslation("import.upload")).setMany(getTranslation("import.upload")));
        i18n.setDropFiles(new UploadI18N.DropFiles()
                .setOne(getTranslation("import.upload.drop")).setMany(getTranslation("import.upload.drop")));
        i18n.setError(new UploadI18N.Error().setFileIsTooBig(getTranslation("import.upload.tooLarge",
                ImportLimits.readable(maxSize))));
        return i18n;
    }

    /** Starts the import of an uploaded file in the background; the job deletes the file. */
    CompletableFuture<ImportResult> start(File file) {
        UI ui = UI.getCurrent();
        setRunning(true);
        result.clear();
        ImportKind chosenKind = kind.getValue();
        CompletableFuture<ImportResult> job = jobs.start(chosenKind, file.toPath(), options(),
                rows -> ui.access(() -> progressText.setText(getTranslation("import.running", rows))));
        job.whenComplete((done, failure) -> ui.access(() -> finished(done, failure)));
        return job;
    }

    private ImportOptions options() {
        String name = mapping.getValue();
        ColumnMapping columns = name == null || STANDARD.equals(name) ? ColumnMapping.canonical()
                : mappings.get(name).map(SavedMapping::mapping).orElse(ColumnMapping.canonical());
        return new ImportOptions(mode.getValue(), columns);
    }

    void finished(ImportResult done, Throwable failure) {
        setRunning(false);
        upload.clearFileList();
        if (failure != null) {
            Notifications.error(getTranslation("import.failed"));
            return;
        }
        result.show(done);
        if (done.refused()) {
            Notifications.error(getTranslation("import.refused", done.rejected()));
        } else {
            Notifications.success(getTranslation("import.done", done.accepted(), done.unchanged(), done.rejected()));
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
    }
}
