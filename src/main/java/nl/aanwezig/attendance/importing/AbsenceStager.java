package nl.aanwezig.attendance.importing;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import nl.aanwezig.attendance.domain.AbsenceCode;
import nl.aanwezig.attendance.importing.ImportOptions.ExportScope;
import nl.aanwezig.attendance.importing.reading.ScheduleRows.AbsenceRow;
import nl.aanwezig.base.upload.RowError;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Checks one row of an absence export ({@link AbsenceReading}: school, pupil, period, the school's code) and sends it
 * to staging, or reports why it cannot be imported; collects the codes the school lists do not know.
 */
final class AbsenceStager {

    private final CopyWriter writer;
    private final AbsenceReading reading;
    private final ErrorList errors;
    private final SortedSet<String> unknownCodes = new TreeSet<>();
    private final Set<Long> used = new HashSet<>();
    private LocalDate first;
    private LocalDate last;

    AbsenceStager(JdbcTemplate jdbc, CopyWriter writer, Long onlySchool, ExportScope scope, ErrorList errors) {
        this.writer = writer;
        this.reading = new AbsenceReading(jdbc, onlySchool, scope, scope.school(), writer::pause);
        this.errors = errors;
        if ((scope.school() != null && !scope.school().isBlank()) || onlySchool != null) {
            // the school the export was made for is covered even when the file holds no absence at all
            SchoolResolver.Result school = reading.schools().resolveOr("", scope.school());
            if (school.schoolId() != null) {
                used.add(school.schoolId());
            } else {
                errors.add(new RowError(1, school.error()));
            }
        }
    }

    void stage(AbsenceRow row) {
        AbsenceReading.Checked checked = reading.check(row);
        if (checked.unknown()) {
            unknownCodes.add(row.code().strip());
        }
        if (checked.refusal() != null) {
            errors.add(new RowError(row.line(), checked.refusal()));
            return;
        }
        used.add(checked.schoolId());
        writer.row(row.line(), checked.pupilId(), checked.schoolId(), row.date(), row.hour(), AbsenceCode.key(row.code()),
                row.minutesLate());
        first = first == null || row.date().isBefore(first) ? row.date() : first;
        last = last == null || row.date().isAfter(last) ? row.date() : last;
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
