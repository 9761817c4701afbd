package nl.aanwezig.attendance.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;
import nl.aanwezig.attendance.importing.UploadReceiver;
import nl.aanwezig.attendance.importing.UploadRefusedException;

/**
 * The import screen's upload: received by {@link UploadReceiver} within the same limits as the API (size, rate,
 * total time), so a file too large or too slow is cut off with a Dutch message. The screen hears of the file
 * only once it is complete, under the UI's lock.
 */
final class ImportUpload implements UploadHandler {

    private final transient UploadReceiver receiver;
    private final SerializableConsumer<File> onFile;
    private final SerializableConsumer<String> onRefused;

    ImportUpload(UploadReceiver receiver, SerializableConsumer<File> onFile, SerializableConsumer<String> onRefused) {
        this.receiver = receiver;
        this.onFile = onFile;
        this.onRefused = onRefused;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        receive(event.getInputStream(), event.getFileSize(), event.getUI()).ifPresent(event::reject);
    }

    /** Receives the body and tells the screen; the Dutch reason when it was refused. */
    Optional<String> receive(InputStream body, long declaredSize, UI ui) throws IOException {
        Path file;
        try (InputStream in = body) {
            file = receiver.receive(in, declaredSize);
        } catch (UploadRefusedException e) {
            String reason = e.dutch();
            ui.access(() -> onRefused.accept(reason));
            return Optional.of(reason);
        }
        ui.access(() -> onFile.accept(file.toFile()));
        return Optional.empty();
    }
}
