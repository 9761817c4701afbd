package nl.aanwezig.attendance.importing;

import java.io.IOException;
import java.io.InputStream;
import javax.sql.DataSource;
import nl.aanwezig.attendance.importing.reading.RegistrationParser;
import nl.aanwezig.base.upload.ImportLimits;
import nl.aanwezig.base.upload.RowError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * The common case of a registration import, written once: the rows go by COPY straight into {@code registration}
 * while the file is parsed (Java parses on one core while PostgreSQL writes on the other), inside a savepoint. The
 * primary key does the checks of the staged route in passing: a key in the file twice or stored already is a unique
 * violation. On one, on a contended school lock, or as soon as the file will be refused (all or nothing with a row
 * error, a refused header), everything written here is rolled back to the savepoint and the caller reads the file
 * again on the staged route, which reports those cases line by line exactly as before.
 */
@Component
class DirectRegistrations {

    private static final Logger log = LoggerFactory.getLogger(DirectRegistrations.class);
    private static final String SAVEPOINT = "direct_registrations";

    private final JdbcTemplate jdbc;
    private final DataSource dataSource;
    private final ImportLimits limits;
    private final ImportDates dates;

    DirectRegistrations(JdbcTemplate jdbc, DataSource dataSource, ImportLimits limits, ImportDates dates) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.limits = limits;
        this.dates = dates;
    }

    /** What the direct route wrote: every row the stager sent, all new; {@code errors} only rows it skipped. */
    record Written(RegistrationStager stager, ErrorList errors) {
    }

    /** Thrown from inside the parser: this file goes the staged route. Not an IllegalStateException (the parser's). */
    private static final class NotDirect extends RuntimeException {
        NotDirect(String why) {
            super(why, null, false, false);
        }
    }

    /**
     * Writes the file's rows straight into {@code registration}; {@code null} when the file needs the staged route,
     * with nothing of this attempt left in the transaction (rows and school locks are rolled back with the savepoint).
     */
    Written write(InputStream in, ImportOptions options, ReadCounter read, Long onlySchoolId) throws IOException {
        ErrorList errors = new ErrorList(ImportService.MAX_ERRORS);
        ImportMode mode = options.mode();
        jdbc.execute("savepoint " + SAVEPOINT);
        try (CopyWriter writer = new CopyWriter(DataSourceUtils.getConnection(dataSource), "registration",
                RegistrationImport.COLUMNS)) {
            OrderedSchoolLocks locks = new OrderedSchoolLocks(jdbc);
            RegistrationStager stager = new RegistrationStager(writer,
                    new SchoolResolver(jdbc, onlySchoolId, writer::pause), new PupilIds(jdbc, writer::pause), errors,
                    false, school -> {
                        // the school's lock before its first row: the COPY pauses, as for any query in between
                        writer.pause();
                        if (!locks.lock(school)) {
                            throw new NotDirect("school " + school + " is locked by another import");
                        }
                    });
            RegistrationParser.parse(in, options.mapping(), limits.maxCellLength(), read.counting(row -> {
                // a date outside the known school years, or a lesson on a weekend, is refused with its line
                String refusal = dates.lessonDayRefusal(row.lesson().date());
                if (refusal != null) {
                    errors.add(new RowError(row.line(), refusal));
                } else {
                    stager.stage(row);
                }
                stopIfRefused(errors, mode);
            }), read.counting(error -> {
                errors.add(error);
                stopIfRefused(errors, mode);
            }));
            writer.pause();
            jdbc.execute("release savepoint " + SAVEPOINT);
            return new Written(stager, errors);
        } catch (DuplicateKeyException | NotDirect e) {
            // the writer is closed (its COPY cancelled) before this runs, so the connection takes statements again
            log.debug("registrations go the staged route: {}", e.getMessage());
            jdbc.execute("rollback to savepoint " + SAVEPOINT);
            return null;
        }
    }

    /** A file that will be refused is refused by the staged route, which lists every error of it. */
    private static void stopIfRefused(ErrorList errors, ImportMode mode) {
        if (errors.refuses(mode, errors.count())) {
            throw new NotDirect("the file will be refused");
        }
    }
}
