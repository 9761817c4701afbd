package nl.aanwezig.attendance.importing;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Runs an uploaded file's import in the background, so a screen stays responsive during a long import.
 * At most two run at once: the machine has few cores and each import keeps one busy.
 */
@Service
public class ImportJobs {

    private final ImportService imports;
    private final ExecutorService workers = Executors.newFixedThreadPool(2, Thread.ofPlatform()
            .name("import-", 1).daemon().factory());

    ImportJobs(ImportService imports) {
        this.imports = imports;
    }

    /**
     * Imports {@code file} as the current user (the login travels to the worker thread) and deletes it
     * afterwards, unless the result {@linkplain ImportResult#needsConfirmation() asks the user to confirm}: then the
     * caller owns the file, to import it again confirmed or to delete it.
     *
     * @return completes with the result, or exceptionally (e.g. access denied, database down)
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'OC')")
    public CompletableFuture<ImportResult> start(ImportKind kind, Path file, ImportOptions options,
                                                 ImportProgress progress) {
        return CompletableFuture.supplyAsync(() -> run(kind, file, options, progress),
                new DelegatingSecurityContextExecutor(workers));
    }

    private ImportResult run(ImportKind kind, Path file, ImportOptions options, ImportProgress progress) {
        ImportResult result = null;
        try {
            result = imports.importFile(kind, file, options, progress);
            return result;
        } finally {
            if (result == null || !result.needsConfirmation()) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
    }
}
