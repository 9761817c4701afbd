package nl.aanwezig.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;
import nl.aanwezig.base.upload.UploadReceiver;
import nl.aanwezig.base.upload.UploadRefusedException;

/**
 * A screen's upload, received within the same limits as the API (size, rate, total time; see {@link UploadReceiver})
 * into a temporary file, so a file too large or too slow is cut off with a Dutch message. The screen hears of the
 * file only once it is complete, under the UI's lock. Used by the import screen and the admin's staff CSV.
 */
public final class LimitedUpload implements UploadHandler {

    /** Receives a body into a temporary file within its limits, or refuses it ({@link UploadRefusedException}). */
    @FunctionalInterface
    public interface Receiver {
        Path receive(InputStream body, long declaredLength) throws IOException;
    }

    private final transient Receiver receiver;
    private final SerializableConsumer<Path> onFile;
    private final SerializableConsumer<String> onRefused;

    public LimitedUpload(Receiver receiver, SerializableConsumer<Path> onFile, SerializableConsumer<String> onRefused) {
        this.receiver = receiver;
        this.onFile = onFile;
        this.onRefused = onRefused;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        receive(event.getInputStream(), event.getFileSize(), event.getUI()).ifPresent(event::reject);
    }

    /** Receives the body and tells the screen; the Dutch reason when it was refused. */
    public Optional<String> receive(InputStream body, long declaredSize, UI ui) throws IOException {
        Path file;
        try (InputStream in = body) {
            file = receiver.receive(in, declaredSize);
        } catch (UploadRefusedException e) {
            String reason = e.dutch();
            ui.access(() -> onRefused.accept(reason));
            return Optional.of(reason);
        }
        ui.access(() -> onFile.accept(file));
        return Optional.empty();
    }
}
