package nl.aanwezig.attendance.importing;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import javax.sql.DataSource;
import nl.aanwezig.attendance.RegistrationsImported;
import nl.aanwezig.attendance.importing.reading.RegistrationParser;
import nl.aanwezig.base.upload.ImportLimits;
import nl.aanwezig.base.upload.RowError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Registrations: parse streaming, resolve school and pupil in memory, COPY the valid rows into staging,
 * check duplicates and stored values in SQL, then write them with one {@code insert ... select}. Must run
 * inside the caller's transaction, so a refused file leaves nothing behind.
 */
@Component
class RegistrationImport {

    private static final String TABLE = "import_registration";
    private static final String COLUMNS = "pupil_id, lesson_date, start_time, end_time, status, reason, minutes_late";

    private static final Logger log = LoggerFactory.getLogger(RegistrationImport.class);

    private final JdbcTemplate jdbc;
    private final DataSource dataSource;
    private final ApplicationEventPublisher events;
    private final ImportLimits limits;
    private final ImportDates dates;

    RegistrationImport(JdbcTemplate jdbc, DataSource dataSource, ApplicationEventPublisher events, ImportLimits limits,
                       ImportDates dates) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.events = events;
        this.limits = limits;
        this.dates = dates;
    }

    ImportResult run(InputStream in, ImportOptions options, ImportProgress progress, Long onlySchoolId)
            throws IOException {
        Staging staging = Staging.create(jdbc, dataSource, TABLE, """
                pupil_id bigint not null, lesson_date date not null, start_time time not null, end_time time not null,
                status varchar(10) not null, reason varchar(12), minutes_late integer not null""");
        ErrorList errors = new ErrorList(ImportService.MAX_ERRORS);
        ReadCounter read = new ReadCounter(progress);
        RegistrationStager stager;
        try (CopyWriter writer = staging.writer(COLUMNS)) {
            stager = new RegistrationStager(writer, new SchoolResolver(jdbc, onlySchoolId, writer::pause),
                    new PupilIds(jdbc, writer::pause), errors);
            RegistrationStager rowStager = stager;
            RegistrationParser.parse(in, options.mapping(), limits.maxCellLength(), read.counting(row -> {
                // a date outside the known school years, or a lesson on a weekend, is refused with its line
                String refusal = dates.lessonDayRefusal(row.lesson().date());
                if (refusal != null) {
                    errors.add(new RowError(row.line(), refusal));
                } else {
                    rowStager.stage(row);
                }
            }), read.counting(errors::add));
            writer.pause();
        }
        read.done();
        log.debug("read and staged {} rows", read.rows());
        return checkAndWrite(staging, stager, errors, options.mode());
    }

    private ImportResult checkAndWrite(Staging staging, RegistrationStager stager, ErrorList errors, ImportMode mode) {
        int staged = (int) stager.rows();
        if (staged > 0) {
            staging.lockSchools(stager.schools());
            staging.analyze();
            if (!errors.refuses(mode, errors.count())) {
                Integer inserted = staging.insertIfAllNew(INSERT_ALL_NEW);
                if (inserted != null) {
                    return written(stager, inserted, 0, errors.mergedWith(List.of(), 0), true);
                }
            }
        }
        if (staged > 0) {
            staging.reject(DUPLICATES_IN_FILE);
            staging.reject(DIFFERENT_FROM_STORED);
        }
        int rejectedInSql = staging.rejectedCount();
        ErrorList.Merged all = errors.mergedWith(staging.rejected(ImportService.MAX_ERRORS,
                "import.error.duplicateRegistration", "import.error.storedRegistration"), rejectedInSql);
        if (errors.refuses(mode, all.count())) {
            return new ImportResult(0, 0, all.count(), all.errors(), all.truncated(), true);
        }
        int valid = staged - rejectedInSql;
        int inserted = valid == 0 ? 0 : staging.timed("insert", () -> jdbc.update("insert into registration ("
                + COLUMNS + ") select " + COLUMNS + " from " + TABLE + " s where true"
                + staging.validRowsFilter("s", rejectedInSql > 0) + " on conflict do nothing"));
        return written(stager, inserted, valid - inserted, all, false);
    }

    /**
     * Publishes the write to the figures; {@code allNew}: the staging table holds exactly the rows inserted, so the
     * day figures of pupil-days without earlier registrations can be built from it.
     */
    private ImportResult written(RegistrationStager stager, int inserted, int unchanged, ErrorList.Merged all,
                                 boolean allNew) {
        if (inserted > 0) {
            events.publishEvent(new RegistrationsImported(stager.schools(), stager.from(), stager.to(),
                    allNew ? TABLE : null, stager.pupils()));
        }
        return new ImportResult(inserted, unchanged, all.count(), all.errors(), all.truncated());
    }

    /**
     * The common case first: a plain insert of every staged row in primary-key order. It succeeds exactly when no
     * key is in the file twice and none is stored, which is when both checks below would find nothing; on the
     * first unique violation {@link Staging#insertIfAllNew} rolls it back and the checks run.
     */
    private static final String INSERT_ALL_NEW = "insert into registration (" + COLUMNS + ") select " + COLUMNS
            + " from " + TABLE + " order by pupil_id, lesson_date, start_time";

    /** Rows sharing a key with a different value: all of them are rejected, as nobody can tell which is right. */
    private static final String DUPLICATES_IN_FILE = """
            insert into import_error (line, kind, other_line)
            with dup as materialized (
                select pupil_id, lesson_date, start_time from import_registration
                group by pupil_id, lesson_date, start_time having count(*) > 1),
            candidates as materialized (
                select r.* from import_registration r join dup using (pupil_id, lesson_date, start_time))
            select a.line, 'DUPLICATE', min(b.line)
            from candidates a join candidates b
              on b.pupil_id = a.pupil_id and b.lesson_date = a.lesson_date and b.start_time = a.start_time
             and b.line <> a.line
             and (b.end_time, b.status, b.reason, b.minutes_late) is distinct from
                 (a.end_time, a.status, a.reason, a.minutes_late)
            group by a.line""";

    /** A stored registration is not overwritten by an import: a different value is a conflict to resolve by hand. */
    private static final String DIFFERENT_FROM_STORED = """
            insert into import_error (line, kind)
            select s.line, 'STORED' from import_registration s
            join registration r on r.pupil_id = s.pupil_id and r.lesson_date = s.lesson_date and r.start_time = s.start_time
            where (r.end_time, r.status, r.reason, r.minutes_late) is distinct from
                  (s.end_time, s.status, s.reason, s.minutes_late)""";
}
