package nl.aanwezig.attendance.importing;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Date;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.aanwezig.attendance.importing.reading.ScheduleParser;
import nl.aanwezig.attendance.importing.reading.ScheduleRows.TimetableRow;
import nl.aanwezig.attendance.importing.reading.ScheduleValues;
import nl.aanwezig.base.Echo;
import nl.aanwezig.base.Messages;
import nl.aanwezig.base.upload.ImportLimits;
import nl.aanwezig.base.upload.RowError;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A timetable file replaces the timetable of each class and each pupil in it (all their periods: a change halfway
 * through the year is the class's rows with both periods), leaving the school's other classes as they are; then the
 * periods the school's absence exports covered are derived again.
 * Classes and pupils must exist; a lesson hour must be in the school's bell schedule for that weekday. Runs inside
 * the caller's transaction.
 */
@Component
class TimetableImport {

    /** One entry, resolved: exactly one of class and pupil. */
    private record Entry(long schoolId, Long classId, Long pupilId, TimetableRow row) {

        String key() {
            return java.util.Objects.toString(classId, "") + "|" + java.util.Objects.toString(pupilId, "") + "|"
                    + row.weekday() + "|" + row.hour() + "|" + row.validFrom() + "|"
                    + row.validTo();
        }
    }

    private final JdbcTemplate jdbc;
    private final LessonDerivation derivation;
    private final ImportLimits limits;
    private final ImportDates dates;

    TimetableImport(JdbcTemplate jdbc, LessonDerivation derivation, ImportLimits limits, ImportDates dates) {
        this.dates = dates;
        this.jdbc = jdbc;
        this.derivation = derivation;
        this.limits = limits;
    }

    ImportResult run(InputStream in, ImportOptions options, ImportProgress progress, Long onlySchool)
            throws IOException {
        ErrorList errors = new ErrorList(ImportService.MAX_ERRORS);
        ReadCounter read = new ReadCounter(progress);
        Resolver resolver = new Resolver(jdbc, onlySchool, options.export() == null ? null : options.export().school());
        List<Entry> entries = new ArrayList<>();
        ScheduleParser.timetable(in, options.mapping(), limits.maxCellLength(), read.counting(row -> {
            // lessons on Saturday or Sunday, or valid from or to a date outside the known school years: refused
            String refusal = dates.weekdayRefusal(row.weekday());
            refusal = refusal != null ? refusal : dates.refusal(row.validFrom());
            refusal = refusal != null ? refusal : dates.refusal(row.validTo());
            if (refusal != null) {
                errors.add(new nl.aanwezig.base.upload.RowError(row.line(), refusal));
            } else {
                resolver.resolve(row, entries::add, errors::add);
            }
        }), read.counting(errors::add));
        read.done();
        if (errors.headerRejected() || errors.refuses(options.mode(), errors.count()) || entries.isEmpty()) {
            ErrorList.Merged all = errors.merged();
            return new ImportResult(0, 0, all.count(), all.errors(), all.truncated(), true);
        }
        int accepted = 0;
        int unchanged = 0;
        int lessons = 0;
        Set<Long> schools = new TreeSet<>(resolver.schools.used());
        Staging.lockSchools(jdbc, schools);
        for (long schoolId : schools) {
            List<Entry> ofSchool = entries.stream().filter(e -> e.schoolId() == schoolId).toList();
            Long[] classes = ofSchool.stream().map(Entry::classId).filter(java.util.Objects::nonNull).distinct()
                    .toArray(Long[]::new);
            Long[] pupils = ofSchool.stream().map(Entry::pupilId).filter(java.util.Objects::nonNull).distinct()
                    .toArray(Long[]::new);
            if (stored(schoolId, classes, pupils).equals(new HashSet<>(ofSchool.stream().map(Entry::key).toList()))) {
                unchanged += ofSchool.size();
                continue;
            }
            write(schoolId, classes, pupils, ofSchool);
            accepted += ofSchool.size();
            lessons += derivation.deriveCovered(schoolId);
        }
        ErrorList.Merged all = errors.merged();
        return new ImportResult(accepted, unchanged, all.count(), all.errors(), all.truncated(), false,
                new ImportResult.ExportOutcome(0, lessons, List.of()));
    }

    /** The stored timetable of these classes and pupils: what the file replaces. */
    private Set<String> stored(long schoolId, Long[] classes, Long[] pupils) {
        return new HashSet<>(jdbc.queryForList("""
                select concat(class_id, '|', pupil_id, '|', weekday, '|', hour, '|', valid_from, '|', valid_to)
                from timetable_entry where school_id = ? and (class_id = any(?) or pupil_id = any(?))""", String.class,
                schoolId, classes, pupils));
    }

    private void write(long schoolId, Long[] classes, Long[] pupils, List<Entry> entries) {
        jdbc.update("delete from timetable_entry where school_id = ? and (class_id = any(?) or pupil_id = any(?))",
                schoolId, classes, pupils);
        jdbc.batchUpdate("""
                insert into timetable_entry (school_id, class_id, pupil_id, weekday, hour, valid_from, valid_to)
                values (?, ?, ?, ?, ?, ?, ?)""", entries, 1000, (ps, e) -> {
            ps.setLong(1, schoolId);
            ps.setObject(2, e.classId());
            ps.setObject(3, e.pupilId());
            ps.setInt(4, e.row().weekday());
            ps.setString(5, e.row().hour());
            ps.setDate(6, Date.valueOf(e.row().validFrom()));
            ps.setDate(7, Date.valueOf(e.row().validTo()));
        });
    }

    /** School, class or pupil, and the bell schedule's hours, each looked up once per school. */
    private static final class Resolver {
        private final JdbcTemplate jdbc;
        private final SchoolResolver schools;
        private final PupilIds pupils;
        private final String fallbackBrin;
        private final Map<Long, Map<String, Long>> classes = new HashMap<>();
        private final Map<Long, Set<String>> hours = new HashMap<>();

        Resolver(JdbcTemplate jdbc, Long onlySchool, String fallbackBrin) {
            this.jdbc = jdbc;
            this.schools = new SchoolResolver(jdbc, onlySchool, () -> { });
            this.pupils = new PupilIds(jdbc, () -> { });
            this.fallbackBrin = fallbackBrin;
        }

        void resolve(TimetableRow row, java.util.function.Consumer<Entry> ok, java.util.function.Consumer<RowError> bad) {
            SchoolResolver.Result school = schools.resolveOr(row.school(), fallbackBrin);
            if (school.schoolId() == null) {
                bad.accept(new RowError(row.line(), school.error()));
                return;
            }
            long schoolId = school.schoolId();
            if (!hours.computeIfAbsent(schoolId, this::hoursOf).contains(row.weekday() + "|" + row.hour())) {
                bad.accept(new RowError(row.line(), Messages.nl("import.error.hourNotInSchedule", Echo.of(row.hour()),
                        ScheduleValues.weekdayName(row.weekday()))));
                return;
            }
            if (row.forPupil()) {
                Long pupil = pupils.find(schoolId, row.leerling());
                if (pupil == null) {
                    bad.accept(new RowError(row.line(), Messages.nl("import.error.unknownPupil", Echo.of(row.leerling()),
                            Echo.of(row.school()))));
                    return;
                }
                ok.accept(new Entry(schoolId, null, pupil, row));
                return;
            }
            Long classId = classes.computeIfAbsent(schoolId, this::classesOf).get(row.klas());
            if (classId == null) {
                bad.accept(new RowError(row.line(), Messages.nl("import.error.unknownClass", Echo.of(row.klas()))));
                return;
            }
            ok.accept(new Entry(schoolId, classId, null, row));
        }

        private Map<String, Long> classesOf(long schoolId) {
            Map<String, Long> ids = new HashMap<>();
            jdbc.query("select name, id from school_class where school_id = ?",
                    rs -> { ids.put(rs.getString(1), rs.getLong(2)); }, schoolId);
            return ids;
        }

        private Set<String> hoursOf(long schoolId) {
            return new HashSet<>(jdbc.queryForList("select weekday || '|' || hour from lesson_hour where school_id = ?",
                    String.class, schoolId));
        }
    }
}
