package nl.aanwezig.attendance.importing;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import nl.aanwezig.attendance.domain.AbsenceCode;
import nl.aanwezig.attendance.domain.CodeStatus;
import nl.aanwezig.attendance.importing.reading.RowError;
import nl.aanwezig.attendance.importing.reading.ScheduleRows.AbsenceRow;
import nl.aanwezig.attendance.importing.ImportOptions.ExportScope;
import nl.aanwezig.base.Echo;
import nl.aanwezig.base.Messages;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Resolves one row of an absence export (school, pupil, the school's code) and sends it to staging, or reports why it
 * cannot be imported. The code lists and bell schedules of the schools in the file are read once each.
 */
final class AbsenceStager {

    private final JdbcTemplate jdbc;
    private final CopyWriter writer;
    private final SchoolResolver schools;
    private final PupilIds pupils;
    private final ExportScope scope;
    private final ErrorList errors;
    private final Map<Long, Map<String, CodeStatus>> codes = new HashMap<>();
    private final Map<Long, Map<String, Integer>> lessonMinutes = new HashMap<>();
    private final SortedSet<String> unknownCodes = new TreeSet<>();
    private final Set<Long> used = new HashSet<>();
    private LocalDate first;
    private LocalDate last;

    AbsenceStager(JdbcTemplate jdbc, CopyWriter writer, Long onlySchool, ExportScope scope, ErrorList errors) {
        this.jdbc = jdbc;
        this.writer = writer;
        this.schools = new SchoolResolver(jdbc, onlySchool, writer::pause);
        this.pupils = new PupilIds(jdbc, writer::pause);
        this.scope = scope;
        this.errors = errors;
        if ((scope.school() != null && !scope.school().isBlank()) || onlySchool != null) {
            // the school the export was made for is covered even when the file holds no absence at all
            SchoolResolver.Result school = schools.resolveOr("", scope.school());
            if (school.schoolId() != null) {
                used.add(school.schoolId());
            } else {
                errors.add(new RowError(1, school.error()));
            }
        }
    }

    void stage(AbsenceRow row) {
        SchoolResolver.Result school = schools.resolveOr(row.school(), scope.school());
        if (school.schoolId() == null) {
            errors.add(new RowError(row.line(), school.error()));
            return;
        }
        long schoolId = school.schoolId();
        Long pupilId = pupils.find(schoolId, row.leerling());
        String refusal = pupilId == null ? Messages.nl("import.error.unknownPupil", Echo.of(row.leerling()),
                Echo.of(row.school())) : refusal(schoolId, row);
        if (refusal != null) {
            errors.add(new RowError(row.line(), refusal));
            return;
        }
        used.add(schoolId);
        writer.row(row.line(), pupilId, schoolId, row.date(), row.hour(), AbsenceCode.key(row.code()), row.minutesLate());
        first = first == null || row.date().isBefore(first) ? row.date() : first;
        last = last == null || row.date().isAfter(last) ? row.date() : last;
    }

    /** Why the row's date, code or minutes cannot be taken, or {@code null}. */
    private String refusal(long schoolId, AbsenceRow row) {
        if ((scope.from() != null && row.date().isBefore(scope.from()))
                || (scope.to() != null && row.date().isAfter(scope.to()))) {
            return Messages.nl("import.error.outsidePeriod", row.date().toString(), java.util.Objects.toString(scope.from(), "..."),
                    java.util.Objects.toString(scope.to(), "..."));
        }
        CodeStatus status = codes.computeIfAbsent(schoolId, this::codesOf).get(AbsenceCode.key(row.code()));
        if (status == null) {
            unknownCodes.add(row.code().strip());
            return Messages.nl("import.error.unknownCode", Echo.of(row.code()));
        }
        if (row.minutesLate() == null || status == CodeStatus.GEEN) {
            return null; // minutes on a not-an-absence code: the data quality check reports it
        }
        if (status != CodeStatus.TE_LAAT) {
            return Messages.nl("import.error.minutesWithoutLate", Echo.of(row.code()), status.csvValue());
        }
        Integer minutes = lessonMinutes.computeIfAbsent(schoolId, this::minutesOf)
                .get(row.date().getDayOfWeek().getValue() + "|" + row.hour());
        return minutes != null && row.minutesLate() >= minutes ? Messages.nl("import.error.lateLongerThanLesson") : null;
    }

    private Map<String, CodeStatus> codesOf(long schoolId) {
        writer.pause();
        Map<String, CodeStatus> map = new HashMap<>();
        jdbc.query("select code_key, status from absence_code where school_id = ?",
                rs -> { map.put(rs.getString(1), CodeStatus.parse(rs.getString(2))); }, schoolId);
        return map;
    }

    private Map<String, Integer> minutesOf(long schoolId) {
        writer.pause();
        Map<String, Integer> map = new HashMap<>();
        jdbc.query("select weekday, hour, date_part('epoch', end_time - start_time)::int / 60 from lesson_hour "
                + "where school_id = ?", rs -> { map.put(rs.getInt(1) + "|" + rs.getString(2), rs.getInt(3)); }, schoolId);
        return map;
    }

    /** The codes the school lists did not know, sorted. */
    SortedSet<String> unknownCodes() {
        return unknownCodes;
    }

    /** The schools the export covers: those of the valid rows, and the one it was made for. */
    Set<Long> schools() {
        return Set.copyOf(used);
    }

    LocalDate first() {
        return first;
    }

    LocalDate last() {
        return last;
    }
}
