package nl.aanwezig.attendance.importing;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.aanwezig.base.Messages;
import nl.aanwezig.base.upload.ImportLimits;
import nl.aanwezig.base.upload.RowError;
import nl.aanwezig.base.upload.UploadReceiver;
import nl.aanwezig.security.AuditLog;
import nl.aanwezig.security.CurrentUser;
import nl.aanwezig.security.CurrentUsers;
import nl.aanwezig.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports pupils and registrations from a school's export (CSV or XLSX, see docs/attendance-format.md). Each
 * file is one transaction: with {@link ImportMode#ALL_OR_NOTHING} a single bad row means nothing is
 * written; importing the same file twice changes nothing. Memory does not grow with the file, and the file is
 * on disk before the transaction starts, so no connection waits on a sender. An admin
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
    private final TimetableImport timetables;
    private final AbsenceImport absences;
    private final CurrentUsers users;
    private final AuditLog audit;
    private final TransactionTemplate tx;
    private final ImportLimits limits;

    ImportService(PupilImport pupils, RegistrationImport registrations, TimetableImport timetables,
                  AbsenceImport absences, CurrentUsers users, AuditLog audit, TransactionTemplate tx, ImportLimits limits) {
        this.timetables = timetables;
        this.absences = absences;
        this.limits = limits;
        this.pupils = pupils;
        this.registrations = registrations;
        this.users = users;
        this.audit = audit;
        this.tx = tx;
    }

    /**
     * Creates or updates pupils by school and pupil number; a row whose class the school lacks, whose mentor is no
     * active mentor of the school, or whose sector, birth date or characters are impossible is a row error.
     *
     * @param in       the file, copied to a temporary file first and closed
     * @param progress hears how many rows were read
     * @throws AccessDeniedException for roles other than admin and OC
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'OC')")
    public ImportResult importPupils(InputStream in, ImportOptions options, ImportProgress progress) {
        return fromStream(ImportKind.PUPILS, in, options, progress);
    }

    /**
     * Adds registrations of known pupils. A registration already stored with the same value is unchanged;
     * with a different value it is a row error (an import never overwrites). After the write,
     * {@link nl.aanwezig.attendance.RegistrationsImported} is published in the transaction.
     *
     * @param in       the file, copied to a temporary file first and closed
     * @param progress hears how many rows were read
     * @throws AccessDeniedException for roles other than admin and OC
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'OC')")
    public ImportResult importRegistrations(InputStream in, ImportOptions options, ImportProgress progress) {
        return fromStream(ImportKind.REGISTRATIONS, in, options, progress);
    }

    /**
     * Replaces the timetable of each school in the file (see {@link TimetableImport}); the periods its absence exports
     * covered are derived again.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'OC')")
    public ImportResult importTimetable(InputStream in, ImportOptions options, ImportProgress progress) {
        return fromStream(ImportKind.TIMETABLE, in, options, progress);
    }

    /**
     * Imports an absence-only export: its absences replace those stored for the period and school it covers
     * ({@link ImportOptions#export()}), and the registrations are derived from timetable, bell schedule and codes.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'OC')")
    public ImportResult importAbsences(InputStream in, ImportOptions options, ImportProgress progress) {
        return fromStream(ImportKind.ABSENCES, in, options, progress);
    }

    /**
     * One of the imports above, by kind, of a file on this machine: an upload that
     * {@link UploadReceiver} received, or a file of the server. It is checked first (readable text, or an XLSX
     * within {@link ImportLimits}), and only then is a database connection taken. The file is left in place.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'OC')")
    public ImportResult importFile(ImportKind kind, Path file, ImportOptions options, ImportProgress progress) {
        return run(kind, file, options, progress);
    }

    /**
     * A stream from inside the application (no upload limits apply) is copied to disk before the transaction,
     * so the transaction never waits on its source.
     */
    private ImportResult fromStream(ImportKind kind, InputStream in, ImportOptions options, ImportProgress progress) {
        Path file = ImportTempFile.copy(in);
        try {
            return run(kind, file, options, progress);
        } finally {
            ImportTempFile.delete(file);
        }
    }

    private ImportResult run(ImportKind kind, Path file, ImportOptions options, ImportProgress progress) {
        String action = "IMPORT_" + kind.name();
        Importer importer = switch (kind) {
            case PUPILS -> pupils::run;
            case REGISTRATIONS -> registrations::run;
            case TIMETABLE -> timetables::run;
            case ABSENCES -> absences::run;
        };
        CurrentUser user = users.require();
        Long onlySchool = onlySchool(user);
        long started = System.nanoTime();
        ImportResult result;
        try {
            String refusal = FileSniffer.refusal(file, limits);
            result = refusal != null ? refusedFile(refusal) : inTransaction(importer, file, options, progress, onlySchool);
        } catch (RemovalNotConfirmed e) {
            result = e.result();
        } catch (IOException | UncheckedIOException e) {
            log.info("{} by {}: file unreadable: {}", action, user.username(), e.toString());
            result = refusedFile(Messages.nl("import.error.unreadableFile"));
        }
        audit.record(user, null, action, true, result.auditDetail(options.mode()));
        log.info("{} by {}: {} in {} ms", action, user.username(), result.auditDetail(options.mode()),
                (System.nanoTime() - started) / 1_000_000);
        return result;
    }

    private ImportResult inTransaction(Importer importer, Path file, ImportOptions options,
                                       ImportProgress progress, Long onlySchool) {
        return tx.execute(status -> {
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
                return importer.run(in, options, progress, onlySchool);
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

    /** The whole file refused, with one reason on line 1; nothing is written. */
    private static ImportResult refusedFile(String reason) {
        return new ImportResult(0, 0, 1, List.of(new RowError(1, reason)), false, true);
    }

    /** One kind of import, run inside the transaction. */
    @FunctionalInterface
    private interface Importer {
        ImportResult run(InputStream in, ImportOptions options, ImportProgress progress, Long onlySchool)
                throws IOException;
    }
}
