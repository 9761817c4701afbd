package nl.aanwezig.attendance.importing;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import nl.aanwezig.attendance.importing.reading.PupilCsvParser;
import nl.aanwezig.attendance.importing.reading.PupilRow;
import nl.aanwezig.base.Messages;
import nl.aanwezig.base.upload.ImportLimits;
import nl.aanwezig.base.upload.RowError;
import nl.aanwezig.school.MentorChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Pupils: the same pipeline as registrations (parse, COPY into staging, check in SQL), then an upsert by
 * school and pupil number that only touches pupils whose facts changed, so re-importing a file changes
 * nothing. A row is refused (with its line) when its class is not a class of its school (the admin creates
 * classes), when its mentor is not an active mentor account of its school (an empty mentor is allowed), when the
 * pupil's sector is not the school's, when the birth date is impossible or when a value holds a control character.
 * Must run inside the caller's transaction.
 */
@Component
class PupilImport {

    private static final String TABLE = "import_pupil";
    private static final String COLUMNS =
            "school_id, leerling, first_name, last_name, birth_date, sector, klas, mentor, start_qualification";

    private final JdbcTemplate jdbc;
    private final DataSource dataSource;
    private final ApplicationEventPublisher publisher;
    private final ImportLimits limits;
    private final Clock clock;

    PupilImport(JdbcTemplate jdbc, DataSource dataSource, ApplicationEventPublisher publisher, ImportLimits limits,
                Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.publisher = publisher;
        this.limits = limits;
    }

    ImportResult run(InputStream in, ImportOptions options, ImportProgress progress, Long onlySchoolId)
            throws IOException {
        Staging staging = Staging.create(jdbc, dataSource, TABLE, """
                school_id bigint not null, leerling text not null, first_name text not null, last_name text not null,
                birth_date date not null, sector text not null, klas text not null, mentor text,
                start_qualification boolean not null""");
        ErrorList errors = new ErrorList(ImportService.MAX_ERRORS);
        ReadCounter read = new ReadCounter(progress);
        PupilChecks.BirthDates birthDates = PupilChecks.BirthDates.around(LocalDate.now(clock));
        long staged;
        try (CopyWriter writer = staging.writer(COLUMNS)) {
            SchoolResolver schools = new SchoolResolver(jdbc, onlySchoolId, writer::pause);
            PupilCsvParser.parse(in, options.mapping(), limits.maxCellLength(), read.counting(row -> stage(row, schools, birthDates, writer, errors)),
                    read.counting(errors::add));
            writer.pause();
            staged = writer.rows();
        }
        read.done();
        return checkAndWrite(staging, (int) staged, errors, options.mode());
    }

    private static void stage(PupilRow row, SchoolResolver schools, PupilChecks.BirthDates birthDates,
                              CopyWriter writer, ErrorList errors) {
        // first: a NUL cannot even be sent to the database (not as the school's BRIN either)
        String control = PupilChecks.firstControlCharacter(row);
        if (control != null) {
            errors.add(new RowError(row.line(), control));
            return;
        }
        SchoolResolver.Result school = schools.resolve(row.school());
        String refusal = school.schoolId() == null ? school.error() : PupilLimits.firstTooLong(row);
        if (refusal == null) {
            refusal = birthDates.refusal(row.geboortedatum());
        }
        if (refusal != null) {
            errors.add(new RowError(row.line(), refusal));
            return;
        }
        writer.row(row.line(), school.schoolId(), row.leerling(), row.voornaam(), row.achternaam(), row.geboortedatum(),
                row.sector().name(), row.klas(), row.mentor().isEmpty() ? null : row.mentor(), row.startkwalificatie());
    }

    private ImportResult checkAndWrite(Staging staging, int staged, ErrorList errors, ImportMode mode) {
        if (staged > 0) {
            staging.analyze();
            staging.reject(DUPLICATES_IN_FILE);
            staging.reject(SECTOR_NOT_THE_SCHOOLS);
            staging.reject(CLASS_NOT_OF_THE_SCHOOL);
            staging.reject(MENTOR_NOT_OF_THE_SCHOOL);
        }
        int rejectedInSql = staging.rejectedCount();
        ErrorList.Merged all = errors.mergedWith(staging.rejected(ImportService.MAX_ERRORS,
                "import.error.duplicatePupil", "import.error.duplicatePupil"), rejectedInSql);
        if (errors.refuses(mode, all.count())) {
            return new ImportResult(0, 0, all.count(), all.errors(), all.truncated(), true);
        }
        int valid = staged - rejectedInSql;
        int written = 0;
        if (valid > 0) {
            String filter = staging.validRowsFilter("s", rejectedInSql > 0);
            List<MentorChanged> mentorChanges = jdbc.query(MENTOR_CHANGES.formatted(filter),
                    (rs, n) -> new MentorChanged(rs.getLong(1), rs.getString(2), rs.getString(3)));
            written = staging.timed("upsert", () -> jdbc.update(UPSERT.formatted(filter)));
            // in this transaction: the old mentor's open tasks move to the new one with the import, or not at all
            mentorChanges.forEach(publisher::publishEvent);
        }
        // identical duplicates and pupils whose facts did not change count as unchanged
        return new ImportResult(written, valid - written, all.count(), all.errors(), all.truncated());
    }

    /** Same pupil twice with different facts: both rows are rejected, as nobody can tell which is right. */
    private static final String DUPLICATES_IN_FILE = """
            insert into import_error (line, kind, other_line)
            with dup as materialized (
                select school_id, leerling from import_pupil group by school_id, leerling having count(*) > 1),
            candidates as materialized (
                select p.* from import_pupil p join dup using (school_id, leerling))
            select a.line, 'DUPLICATE', min(b.line)
            from candidates a join candidates b
              on b.school_id = a.school_id and b.leerling = a.leerling and b.line <> a.line
             and (b.first_name, b.last_name, b.birth_date, b.sector, b.klas, b.mentor, b.start_qualification)
                 is distinct from
                 (a.first_name, a.last_name, a.birth_date, a.sector, a.klas, a.mentor, a.start_qualification)
            group by a.line""";

    /** A PO pupil in a VO school, or any other sector than the school's. */
    private static final String SECTOR_NOT_THE_SCHOOLS = """
            insert into import_error (line, kind, detail)
            select s.line, 'SECTOR', array[s.sector, sc.sector::text]
            from import_pupil s join school sc on sc.id = s.school_id
            where sc.sector <> s.sector""";

    /** A class the school does not have: classes are the admin's (Beheer), an import no longer creates them. */
    private static final String CLASS_NOT_OF_THE_SCHOOL = """
            insert into import_error (line, kind, detail)
            select s.line, 'CLASS', array[s.klas]
            from import_pupil s
            where not exists (select 1 from school_class c where c.school_id = s.school_id and c.name = s.klas)""";

    /**
     * A mentor that is not an active MENTOR account of the pupil's own school: the pupil's mentor tasks go to that
     * login, so not to a leerplicht officer, another school's mentor or a name nobody logs in with. Empty is allowed.
     */
    private static final String MENTOR_NOT_OF_THE_SCHOOL = """
            insert into import_error (line, kind, detail)
            select s.line, 'MENTOR', array[s.mentor]
            from import_pupil s
            where s.mentor is not null
              and not exists (select 1 from staff_account a
                              where a.username = s.mentor and a.role = 'MENTOR' and a.school_id = s.school_id
                                and a.enabled)""";

    /** Pupils already known whose mentor the file changes. */
    private static final String MENTOR_CHANGES = """
            select distinct on (p.id) p.id, p.mentor, s.mentor
            from import_pupil s join pupil p on p.school_id = s.school_id and p.leerling = s.leerling
            where p.mentor is distinct from s.mentor%s
            order by p.id, s.line""";

    /** Identical duplicates are left: distinct on keeps one. The where clause leaves unchanged pupils untouched. */
    private static final String UPSERT = """
            insert into pupil (school_id, leerling, first_name, last_name, birth_date, sector, class_id, mentor,
                               start_qualification)
            select distinct on (s.school_id, s.leerling) s.school_id, s.leerling, s.first_name, s.last_name,
                   s.birth_date, s.sector, c.id, s.mentor, s.start_qualification
            from import_pupil s join school_class c on c.school_id = s.school_id and c.name = s.klas
            where true%s
            order by s.school_id, s.leerling, s.line
            on conflict (school_id, leerling) do update set first_name = excluded.first_name,
                last_name = excluded.last_name, birth_date = excluded.birth_date, sector = excluded.sector,
                class_id = excluded.class_id, mentor = excluded.mentor,
                start_qualification = excluded.start_qualification
            where (pupil.first_name, pupil.last_name, pupil.birth_date, pupil.sector, pupil.class_id, pupil.mentor,
                   pupil.start_qualification)
                  is distinct from
                  (excluded.first_name, excluded.last_name, excluded.birth_date, excluded.sector, excluded.class_id,
                   excluded.mentor, excluded.start_qualification)""";
}
