package nl.aanwezig.attendance.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The temporary file a stream from inside the application is copied to before {@link ImportService} takes a
 * connection, so the transaction never waits on the stream's source.
 */
final class ImportTempFile {

    // the import's own logger: operators look for import messages under ImportService
    private static final Logger log = LoggerFactory.getLogger(ImportService.class);

    private ImportTempFile() {
    }

    /** Copies and closes the stream; a half-written copy is deleted. */
    static Path copy(InputStream in) {
        Path file = null;
        try (in) {
            file = Files.createTempFile("aanwezig-import-", ".part");
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            delete(file);
            throw new UncheckedIOException("import file could not be copied to a temporary file", e);
        }
    }

    /** Deletes the file if there is one; a failure is logged, not thrown, as the import itself is done. */
    static void delete(Path file) {
        try {
            if (file != null) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            log.warn("temporary import file {} not deleted: {}", file, e.toString());
        }
    }
}
