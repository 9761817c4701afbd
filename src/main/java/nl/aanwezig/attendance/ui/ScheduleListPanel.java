package nl.aanwezig.attendance.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import nl.aanwezig.attendance.importing.ImportResult;
import nl.aanwezig.base.ui.LimitedUpload;
import nl.aanwezig.base.ui.Notifications;
import nl.aanwezig.base.ui.UploadSetup;
import nl.aanwezig.base.upload.RowError;
import org.springframework.util.unit.DataSize;

/**
 * One of a school's lists (code list, bell schedule): the stored rows, and an upload that replaces the list as a
 * whole. A refused file changes nothing and lists its lines with the Dutch reason.
 *
 * @param <T> a row of the list
 */
class ScheduleListPanel<T> extends VerticalLayout {

    final Grid<T> grid = new Grid<>();
    final Upload upload = new Upload();
    final LimitedUpload handler;
    final Grid<RowError> errors = new RowErrorGrid();

    private final transient Function<InputStream, ImportResult> replace;
    private final Runnable onChanged;

    ScheduleListPanel(String titleKey, String introKey, LimitedUpload.Receiver receiver, DataSize maxSize,
                      Function<InputStream, ImportResult> replace, Runnable onChanged) {
        this.replace = replace;
        this.onChanged = onChanged;
        this.handler = new LimitedUpload(receiver, this::received, this::refused);
        setPadding(false);
        UploadSetup.configure(upload, handler, maxSize, false);
        grid.setAllRowsVisible(true);
        errors.setAllRowsVisible(true);
        errors.setVisible(false);
        add(new H3(getTranslation(titleKey)), new Paragraph(getTranslation(introKey)), grid, upload, errors);
    }

    void show(List<T> rows) {
        grid.setItems(rows);
    }

    /** A complete upload: replaces the list, or lists why not; the temporary file goes either way. */
    void received(Path file) {
        upload.clearFileList();
        ImportResult result;
        try (InputStream in = Files.newInputStream(file)) {
            result = replace.apply(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(file);
        }
        errors.setItems(result.errors());
        errors.setVisible(result.refused());
        if (result.refused()) {
            Notifications.error(getTranslation("absroute.list.refused", result.rejected()));
        } else {
            Notifications.success(getTranslation("absroute.list.saved", result.accepted() + result.unchanged()));
            onChanged.run();
        }
    }

    void refused(String reason) {
        upload.clearFileList();
        Notifications.error(reason);
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a temporary file; the system cleans up what is left
        }
    }
}
