package nl.aanwezig.attendance.importing;

import org.springframework.security.access.prepost.PreAuthorize;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import nl.aanwezig.attendance.domain.RowError;
import nl.aanwezig.base.Messages;
import nl.aanwezig.security.AuditLog;
import nl.aanwezig.security.CurrentUser;
import nl.aanwezig.security.CurrentUsers;
import nl.aanwezig.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports pupils and registrations from a school's export (CSV or XLSX, see ATTENDANCE-FORMAT.md). Each
 * file is one transaction: with {@link ImportMode#ALL_OR_NOTHING} a single bad row means nothing is
 * written; importing the same file twice changes nothing. Memory does not grow with the file. An admin
 * may import for any school, an OC only for their own (rows of other schools are row errors).
 */
@Service
public class ImportService {

    /** The most errors a result lists; all errors are counted. */
    public static final int MAX_ERRORS = 1000;
    /** Progress is reported every this many rows. */
    public static final int PROGRESS_INTERVAL = 10_000;

    private static final Logger log = LoggerFactory.getLogger(ImportService.class);

    private final PupilImport pupils;
    private final RegistrationImport registrations;
    private final CurrentUsers users;
    private final AuditLog audit;
    private final TransactionTemplate tx;

    ImportService(PupilImport pupils, RegistrationImport registrations, CurrentUsers users, AuditLog audit,
                  TransactionTemplate tx) {
        this.pupils = pupils;
        this.registrations = registrations;
        this.users = users;
        this.audit = audit;
        this.tx = tx;
    }

    /**
     * Creates or updates pupils by school and pupil number; creates classes as needed.
     *
     * @param in       the file, read to the end and closed
     * @param progress hears how many rows were read
     * @throws AccessDeniedException for roles other than admin and OC
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'OC')")
    public ImportResult importPupils(InputStream in, ImportOptions options, ImportProgress progress) {
        return run("IMPORT_PUPILS", in, options, progress, pupils::run);
    }

    /**
     * Adds registrations of known pupils. A registration already stored with the same value is unchanged;
     * with a different value it is a row error (an import never overwrites). After the write,
     * {@link nl.aanwezig.attendance.RegistrationsImported} is published in the transaction.
     *
     * @param in       the file, read to the end and closed
     * @param progress hears how many rows were read
     * @throws AccessDeniedException for roles other than admin and OC
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'OC')")
    public ImportResult importRegistrations(InputStream in, ImportOptions options, ImportProgress progress) {
        return run("IMPORT_REGISTRATIONS", in, options, progress, registrations::run);
    }

    /** {@link #importPupils} or {@link #importRegistrations}, by kind. */
    @PreAuthorize("hasAnyRole('ADMIN', 'OC')")
    public ImportResult importFile(ImportKind kind, InputStream in, ImportOptions options, ImportProgress progress) {
        return kind == ImportKind.PUPILS ? run("IMPORT_PUPILS", in, options, progress, pupils::run)
                : run("IMPORT_REGISTRATIONS", in, options, progress, registrations::run);
    }

    private ImportResult run(String action, InputStream in, ImportOptions options, ImportProgress progress,
                             Importer importer) {
        CurrentUser user = users.require();
        Long onlySchool = onlySchool(user);
        long started = System.nanoTime();
        ImportResult result;
        try (BufferedInputStream file = FileSniffer.buffered(in)) {
            result = FileSniffer.looksReadable(file) ? inTransaction(importer, file, options, progress, onlySchool)
                    : unreadable();
        } catch (IOException | UncheckedIOException e) {
            log.info("{} by {}: file unreadable: {}", action, user.username(), e.toString());
            result = unreadable();
        }
        audit.record(user, null, action, true, result.auditDetail(options.mode()));
        log.info("{} by {}: {} in {} ms", action, user.username(), result.auditDetail(options.mode()),
                (System.nanoTime() - started) / 1_000_000);
        return result;
    }

    private ImportResult inTransaction(Importer importer, InputStream file, ImportOptions options,
                                       ImportProgress progress, Long onlySchool) {
        return tx.execute(status -> {
            try {
                return importer.run(file, options, progress, onlySchool);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** An OC imports for their own school only; an admin for all (null). */
    private static Long onlySchool(CurrentUser user) {
        if (user.is(Role.ADMIN)) {
            return null;
        }
        if (user.is(Role.OC) && user.schoolId() != null) {
            return user.schoolId();
        }
        throw new AccessDeniedException("no import rights for " + user.username());
    }

    private static ImportResult unreadable() {
        return new ImportResult(0, 0, 1, List.of(new RowError(1, Messages.nl("import.error.unreadableFile"))), false, true);
    }

    /** One kind of import, run inside the transaction. */
    @FunctionalInterface
    private interface Importer {
        ImportResult run(InputStream in, ImportOptions options, ImportProgress progress, Long onlySchool)
                throws IOException;
    }
}
