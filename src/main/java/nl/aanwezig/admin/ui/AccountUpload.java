package nl.aanwezig.admin.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;
import nl.aanwezig.admin.AccountUploads;
import nl.aanwezig.attendance.importing.UploadRefusedException;

/**
 * The staff CSV as the import screen receives its files: into a temporary file within the limits (a staff list is
 * at most 1 MB), and the screen hears of it only once it is complete, under the UI's lock.
 */
final class AccountUpload implements UploadHandler {

    private final transient AccountUploads receiver;
    private final SerializableConsumer<Path> onFile;
    private final SerializableConsumer<String> onRefused;

    AccountUpload(AccountUploads receiver, SerializableConsumer<Path> onFile, SerializableConsumer<String> onRefused) {
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
        ui.access(() -> onFile.accept(file));
        return Optional.empty();
    }
}
