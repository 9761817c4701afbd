package nl.aanwezig.attendance.importing;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import nl.aanwezig.attendance.domain.AbsenceCode;
import nl.aanwezig.attendance.importing.reading.ScheduleRows.CodeRow;
import org.springframework.jdbc.core.JdbcTemplate;

/** Writes a school's checked code list, in the caller's transaction, and derives the covered periods again. */
final class CodeListWriter {

    private final JdbcTemplate jdbc;
    private final LessonDerivation derivation;

    CodeListWriter(JdbcTemplate jdbc, LessonDerivation derivation) {
        this.jdbc = jdbc;
        this.derivation = derivation;
    }

    ImportResult replace(long schoolId, List<CodeRow> rows) {
        Staging.lockSchools(jdbc, Set.of(schoolId));
        Set<String> keys = new TreeSet<>(rows.stream().map(r -> r.code().key()).toList());
        List<String> stillUsed = jdbc.queryForList("""
                select distinct a.code_key from absence_record a join pupil p on p.id = a.pupil_id
                where p.school_id = ? order by a.code_key""", String.class, schoolId).stream()
                .filter(code -> !keys.contains(code)).toList();
        if (!stillUsed.isEmpty()) {
            ErrorList errors = new ErrorList(1);
            errors.add(SchoolScheduleService.fileError("schedule.error.codesInUse", String.join(", ", stillUsed)));
            return SchoolScheduleService.refused(errors);
        }
        if (same(schoolId, rows)) {
            return new ImportResult(0, rows.size(), 0, List.of(), false, false,
                    new ImportResult.ExportOutcome(0, 0, List.of()));
        }
        jdbc.update("delete from absence_code where school_id = ?", schoolId);
        jdbc.batchUpdate("""
                insert into absence_code (school_id, code_key, code, status, reason, authorised, description)
                values (?, ?, ?, ?, ?, ?, ?)""", rows, 200, (ps, row) -> {
            AbsenceCode c = row.code();
            ps.setLong(1, schoolId);
            ps.setString(2, c.key());
            ps.setString(3, c.code());
            ps.setString(4, c.status().csvValue());
            ps.setString(5, c.reason() == null ? null : c.reason().csvValue());
            ps.setObject(6, c.authorised());
            ps.setString(7, c.description());
        });
        int lessons = derivation.deriveCovered(schoolId);
        return new ImportResult(rows.size(), 0, 0, List.of(), false, false,
                new ImportResult.ExportOutcome(0, lessons, List.of()));
    }

    /** Whether the stored list is this one already (same codes, same meaning, same labels). */
    private boolean same(long schoolId, List<CodeRow> rows) {
        Set<String> stored = new TreeSet<>(jdbc.queryForList("""
                select concat_ws('|', code, status, coalesce(reason, ''), coalesce(authorised::text, ''), description)
                from absence_code where school_id = ?""", String.class, schoolId));
        Set<String> given = new TreeSet<>(rows.stream().map(r -> String.join("|", r.code().code(),
                r.code().status().csvValue(), r.code().reason() == null ? "" : r.code().reason().csvValue(),
                r.code().authorised() == null ? "" : r.code().authorised().toString(), r.code().description())).toList());
        return stored.equals(given);
    }

}
