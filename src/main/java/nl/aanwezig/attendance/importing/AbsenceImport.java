package nl.aanwezig.attendance.importing;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import nl.aanwezig.attendance.AbsencesImported;
import nl.aanwezig.attendance.importing.ImportOptions.ExportScope;
import nl.aanwezig.attendance.importing.reading.ScheduleParser;
import nl.aanwezig.base.Messages;
import nl.aanwezig.base.upload.ImportLimits;
import nl.aanwezig.base.upload.RowError;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * An absence-only export (the school's own codes and lesson hours): read streaming and resolved in memory
 * ({@link AbsenceStager}), COPY'd into staging, then, per school, the stored absences of the period it covers are
 * replaced by the file's (an absence withdrawn in the source system disappears; the same file again changes nothing),
 * the period joins the school's coverage and its registrations are derived again ({@link LessonDerivation}). A code
 * the school's list does not know refuses the whole file, with the lines and the set of codes. Runs inside the
 * caller's transaction.
 */
@Component
class AbsenceImport {

    static final String TABLE = "import_absence";
    private static final String COLUMNS = "pupil_id, school_id, lesson_date, hour, code_key, minutes_late";

    private final JdbcTemplate jdbc;
    private final DataSource dataSource;
    private final LessonDerivation derivation;
    private final ApplicationEventPublisher events;
    private final ImportLimits limits;
    private final double removalShare;
    private final ImportDates dates;

    /**
     * @param removalShare the share of the period's registered lessons a file may remove without the user confirming
     *                     the number ({@code aanwezig.import.confirm-removal-share})
     */
    AbsenceImport(JdbcTemplate jdbc, DataSource dataSource, LessonDerivation derivation, ApplicationEventPublisher events,
                  ImportLimits limits, ImportDates dates,
                  @Value("${aanwezig.import.confirm-removal-share:0.2}") double removalShare) {
        this.dates = dates;
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.derivation = derivation;
        this.events = events;
        this.limits = limits;
        this.removalShare = removalShare;
    }

    ImportResult run(InputStream in, ImportOptions options, ImportProgress progress, Long onlySchool)
            throws IOException {
        ExportScope scope = options.export() == null ? ExportScope.FILE : options.export();
        Staging staging = Staging.create(jdbc, dataSource, TABLE, """
                pupil_id bigint not null, school_id bigint not null, lesson_date date not null, hour varchar(10) not null,
                code_key varchar(20) not null, minutes_late integer""");
        ErrorList errors = new ErrorList(ImportService.MAX_ERRORS);
        ReadCounter read = new ReadCounter(progress);
        AbsenceStager stager;
        try (CopyWriter writer = staging.writer(COLUMNS)) {
            stager = new AbsenceStager(jdbc, writer, onlySchool, scope, errors);
            AbsenceStager rowStager = stager;
            ScheduleParser.absences(in, options.mapping(), limits.maxCellLength(), read.counting(row -> {
                // a date outside the known school years, or an absence on a weekend, is refused with its line
                String refusal = dates.lessonDayRefusal(row.date());
                if (refusal != null) {
                    errors.add(new nl.aanwezig.base.upload.RowError(row.line(), refusal));
                } else {
                    rowStager.stage(row);
                }
            }), read.counting(errors::add));
            writer.pause();
        }
        read.done();
        if (!stager.unknownCodes().isEmpty()) {
            ErrorList.Merged all = errors.merged();
            return new ImportResult(0, 0, all.count(), all.errors(), all.truncated(), true,
                    new ImportResult.ExportOutcome(0, 0, List.copyOf(stager.unknownCodes())));
        }
        LocalDate from = scope.from() != null ? scope.from() : stager.first();
        LocalDate to = scope.to() != null ? scope.to() : stager.last();
        Set<Long> schools = new TreeSet<>(stager.schools());
        if (errors.headerRejected() || from == null || schools.isEmpty()) {
            ErrorList.Merged all = errors.merged();
            return new ImportResult(0, 0, all.count(), all.errors(), all.truncated(), true);
        }
        String noTimetable = withoutTimetable(schools, from, to);
        if (noTimetable != null) {
            // without a timetable there is no lesson to hold an absence, and deriving would remove every registered one
            ErrorList.Merged all = errors.merged();
            List<RowError> reasons = new java.util.ArrayList<>(all.errors());
            reasons.addFirst(new RowError(1, Messages.nl("import.error.noTimetable", noTimetable, Messages.date(from),
                    Messages.date(to))));
            return new ImportResult(0, 0, all.count() + 1, reasons, all.truncated(), true);
        }
        // the duplicates are looked for also when rows were refused already: the answer lists every bad line at once
        Staging.lockSchools(jdbc, schools);
        staging.analyze();
        staging.reject(AbsenceSql.DUPLICATES_IN_FILE);
        int rejectedInSql = staging.rejectedCount();
        ErrorList.Merged all = errors.mergedWith(staging.rejected(ImportService.MAX_ERRORS,
                "import.error.duplicateAbsence", "import.error.duplicateAbsence"), rejectedInSql);
        if (errors.refuses(options.mode(), all.count())) {
            return new ImportResult(0, 0, all.count(), all.errors(), all.truncated(), true);
        }
        return write(schools, from, to, staging, rejectedInSql > 0, all, scope.confirmedRemoval());
    }

    /** The BRIN of the first school with no timetable entry or no lesson hour for the period; {@code null}: none. */
    private String withoutTimetable(Set<Long> schools, LocalDate from, LocalDate to) {
        for (long schoolId : schools) {
            String brin = jdbc.queryForObject("""
                    select case when exists (select 1 from timetable_entry e where e.school_id = s.id
                                               and e.valid_from <= ? and e.valid_to >= ?)
                                 and exists (select 1 from lesson_hour h where h.school_id = s.id)
                           then null else s.brin end
                    from school s where s.id = ?""", String.class, Date.valueOf(to), Date.valueOf(from), schoolId);
            if (brin != null) {
                return brin;
            }
        }
        return null;
    }

    private ImportResult write(Set<Long> schools, LocalDate from, LocalDate to, Staging staging, boolean anyRejected,
                               ErrorList.Merged all, Integer confirmed) {
        String valid = staging.validRowsFilter("s", anyRejected);
        int withdrawn = 0;
        int written = 0;
        int validRows = 0;
        int lessons = 0;
        int registered = 0;
        int gone = 0;
        for (long schoolId : schools) {
            withdrawn += jdbc.update(AbsenceSql.WITHDRAWN, schoolId, Date.valueOf(from), Date.valueOf(to));
            int[] upserted = jdbc.queryForObject(AbsenceSql.UPSERT.formatted(valid), (rs, i) -> new int[] {rs.getInt(1),
                    rs.getInt(2)}, schoolId);
            validRows += upserted[0];
            written += upserted[1];
            derivation.cover(schoolId, from, to);
            LessonDerivation.Derived derived = derivation.derive(schoolId, from, to, true);
            lessons += derived.changed();
            registered += derived.registered();
            gone += derived.gone();
        }
        if (gone > removalShare * registered && (confirmed == null || confirmed != gone)) {
            // asked, not guessed: an empty or cut-off export looks like a school where nobody had lessons
            throw new RemovalNotConfirmed(new ImportResult(0, 0, 1, List.of(new RowError(1,
                    Messages.nl("import.error.confirmRemoval", gone, registered, Messages.date(from), Messages.date(to)))),
                    false, true, new ImportResult.ExportOutcome(0, 0, List.of(), gone, registered)));
        }
        events.publishEvent(new AbsencesImported(schools, from, to));
        return new ImportResult(written, validRows - written, all.count(), all.errors(), all.truncated(), false,
                new ImportResult.ExportOutcome(withdrawn, lessons, List.of()));
    }
}
