package nl.aanwezig.base.upload;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.LongSupplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.util.unit.DataSize;

/**
 * Receives an uploaded file into a temporary file, within {@link ImportLimits}: at most the maximum size, at
 * least the minimum rate, within the total time. The import itself starts only once the whole file is on
 * disk, so a slow sender never holds a database connection or transaction (ten trickling uploads used to hold
 * the whole pool "idle in transaction", and logins failed).
 */
@Service
public class UploadReceiver {

    private static final int BUFFER = 1 << 16;

    private final ImportLimits limits;
    private final Path tempDir;
    private final LongSupplier nanoTime;

    /** @param tempDir where uploads are received; empty: the system's temporary directory */
    @Autowired
    UploadReceiver(ImportLimits limits, @Value("${aanwezig.import.temp-dir:}") String tempDir) throws IOException {
        this(limits, tempDir.isBlank() ? null : Files.createDirectories(Path.of(tempDir)), System::nanoTime);
    }

    /** Within {@code limits}, into the system's temporary directory. */
    public UploadReceiver(ImportLimits limits) {
        this(limits, null, System::nanoTime);
    }

    /** With a directory and a clock of its own, for tests of the pace. */
    UploadReceiver(ImportLimits limits, Path tempDir, LongSupplier nanoTime) {
        this.limits = limits;
        this.tempDir = tempDir;
        this.nanoTime = nanoTime;
    }

    /**
     * Deletes the upload and import files that a crashed run left in the temporary directory: every
     * {@code aanwezig-upload-*.part} and {@code aanwezig-import-*.part} last written before {@code before}. A day
     * back is longer than any upload and its import take, so a file of another instance on the same machine that is
     * still in use is never touched. Returns how many were deleted.
     */
    public int deleteLeftovers(java.time.Instant before) {
        Path dir = tempDir != null ? tempDir : Path.of(System.getProperty("java.io.tmpdir"));
        int deleted = 0;
        try (var files = Files.newDirectoryStream(dir, "aanwezig-{upload,import}-*.part")) {
            for (Path file : files) {
                if (Files.isRegularFile(file) && Files.getLastModifiedTime(file).toInstant().isBefore(before)
                        && Files.deleteIfExists(file)) {
                    deleted++;
                }
            }
        } catch (IOException e) {
            // a temporary directory that cannot be listed loses nothing but space: the start goes on
            org.slf4j.LoggerFactory.getLogger(UploadReceiver.class).warn("Could not clean {}: {}", dir, e.toString());
        }
        return deleted;
    }

    /** The largest file received, for a screen to tell the browser. */
    public DataSize maxUploadSize() {
        return limits.maxUploadSize();
    }

    /**
     * Copies {@code body} to a new temporary file; the caller deletes it. Nothing is left behind on a refusal.
     *
     * @param declaredLength the length the sender announced, or -1: too large a one is refused before reading
     * @throws UploadRefusedException over the size limit, below the minimum rate or over the total time
     * @throws IOException            when the body cannot be read (e.g. the sender went away)
     */
    public Path receive(InputStream body, long declaredLength) throws IOException {
        long max = limits.maxUploadSize().toBytes();
        if (declaredLength > max) {
            throw UploadRefusedException.tooLarge(limits);
        }
        Path file = tempDir == null ? Files.createTempFile("aanwezig-upload-", ".part")
                : Files.createTempFile(tempDir, "aanwezig-upload-", ".part");
        try (OutputStream out = Files.newOutputStream(file)) {
            copy(body, out, max);
            return file;
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
    }

    private void copy(InputStream body, OutputStream out, long max) throws IOException {
        UploadPace pace = new UploadPace(limits, nanoTime);
        byte[] buffer = new byte[BUFFER];
        long total = 0;
        for (int n = body.read(buffer); n != -1; n = body.read(buffer)) {
            total += n;
            if (total > max) {
                throw UploadRefusedException.tooLarge(limits);
            }
            pace.received(n);
            out.write(buffer, 0, n);
        }
    }
}
