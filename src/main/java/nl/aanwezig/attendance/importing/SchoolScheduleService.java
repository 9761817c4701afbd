package nl.aanwezig.attendance.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.aanwezig.attendance.domain.AbsenceCode;
import nl.aanwezig.attendance.importing.reading.ScheduleParser;
import nl.aanwezig.attendance.importing.reading.ScheduleRows.CodeRow;
import nl.aanwezig.attendance.importing.reading.ScheduleRows.LessonHourRow;
import nl.aanwezig.base.Messages;
import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.base.upload.ImportLimits;
import nl.aanwezig.base.upload.RowError;
import nl.aanwezig.security.AuditLog;
import nl.aanwezig.security.CurrentUser;
import nl.aanwezig.security.CurrentUsers;
import nl.aanwezig.security.Role;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A school's settings for the absence-only route: its code list, its bell schedule and the minutes a bare "te laat"
 * counts. A list is replaced as a whole, all or nothing; a change derives the covered periods again in the same
 * transaction, so the figures follow. The school's OC and the admin; every change is audited.
 */
@Service
public class SchoolScheduleService {

    /** At most this many codes in a list and rows in a bell schedule: real ones have a few dozen. */
    static final int MAX_ROWS = 500;

    /** One lesson of the bell schedule; weekday 1 is Monday. */
    public record LessonHour(int weekday, String hour, LocalTime start, LocalTime end) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final CurrentUsers users;
    private final AuditLog audit;
    private final LessonDerivation derivation;
    private final AbsencePresets presets;
    private final ImportLimits limits;

    SchoolScheduleService(JdbcTemplate jdbc, TransactionTemplate tx, CurrentUsers users, AuditLog audit,
                          LessonDerivation derivation, AbsencePresets presets, ImportLimits limits) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.users = users;
        this.audit = audit;
        this.derivation = derivation;
        this.presets = presets;
        this.limits = limits;
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'OC')")
    public List<AbsenceCode> codes(long schoolId) {
        check(schoolId);
        return SchoolLists.codes(jdbc, schoolId);
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'OC')")
    public List<LessonHour> lessonHours(long schoolId) {
        check(schoolId);
        return SchoolLists.lessonHours(jdbc, schoolId);
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'OC')")
    public int defaultMinutesLate(long schoolId) {
        check(schoolId);
        return SchoolLists.defaultMinutesLate(jdbc, schoolId);
    }

    /**
     * Sets the minutes a late arrival without minutes counts; 1 to 120.
     *
     * @throws UserFacingException {@code schedule.error.defaultMinutes} outside that range
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'OC')")
    public int setDefaultMinutesLate(long schoolId, int minutes) {
        CurrentUser user = check(schoolId);
        if (minutes < 1 || minutes > 120) {
            throw new UserFacingException("schedule.error.defaultMinutes");
        }
        int changed = tx.execute(s -> {
            Staging.lockSchools(jdbc, Set.of(schoolId));
            jdbc.update("update school set default_minutes_late = ? where id = ?", minutes, schoolId);
            return derivation.deriveCovered(schoolId);
        });
        audit.record(user, null, "SCHOOL_LATE_MINUTES", true, "school=" + schoolId + " minuten=" + minutes);
        return changed;
    }

    /**
     * Replaces the school's code list with a CSV {@code code;status;reden;geoorloofd[;omschrijving]}. Refused as a
     * whole with the lines when a row is bad, a code is in it twice, or a code that stored absences use is left out.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'OC')")
    public ImportResult replaceCodes(long schoolId, InputStream csv) {
        CurrentUser user = check(schoolId);
        List<CodeRow> rows = new ArrayList<>();
        ErrorList errors = new ErrorList(ImportService.MAX_ERRORS);
        read(csv, errors, in -> ScheduleParser.codes(in, limits.maxCellLength(), rows::add, errors::add));
        new ScheduleChecks(errors).codes(rows, MAX_ROWS);
        ImportResult result = errors.count() > 0 ? refused(errors)
                : tx.execute(s -> new CodeListWriter(jdbc, derivation).replace(schoolId, rows));
        audit.record(user, null, "SCHOOL_ABSENCE_CODES", !result.refused(), "school=" + schoolId + " "
                + result.auditDetail(ImportMode.ALL_OR_NOTHING));
        return result;
    }

    /**
     * Replaces the school's bell schedule with a CSV {@code weekdag;lesuur;start;eind} (an empty weekday: Monday to
     * Friday). Refused as a whole when a row is bad, an hour is in it twice or two hours of a day overlap.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'OC')")
    public ImportResult replaceLessonHours(long schoolId, InputStream csv) {
        CurrentUser user = check(schoolId);
        List<LessonHourRow> rows = new ArrayList<>();
        ErrorList errors = new ErrorList(ImportService.MAX_ERRORS);
        read(csv, errors, in -> ScheduleParser.lessonHours(in, limits.maxCellLength(), rows::add, errors::add));
        List<LessonHour> hours = new ScheduleChecks(errors).lessonHours(rows, MAX_ROWS);
        ImportResult result = errors.count() > 0 ? refused(errors)
                : tx.execute(s -> new LessonHourWriter(jdbc, derivation).replace(schoolId, hours));
        audit.record(user, null, "SCHOOL_LESSON_HOURS", !result.refused(), "school=" + schoolId + " "
                + result.auditDetail(ImportMode.ALL_OR_NOTHING));
        return result;
    }

    /**
     * Starts the school from a preset: its code list, and its bell schedule when the school has none yet (a school's
     * own times are kept).
     *
     * @throws UserFacingException {@code schedule.error.unknownPreset}
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'OC')")
    public ImportResult applyPreset(long schoolId, String presetId) {
        check(schoolId);
        AbsencePresets.Preset preset = presets.find(presetId)
                .orElseThrow(() -> new UserFacingException("schedule.error.unknownPreset", presetId));
        ImportResult codes = replaceCodes(schoolId, preset.codes());
        if (!codes.refused() && lessonHours(schoolId).isEmpty()) {
            replaceLessonHours(schoolId, preset.lessonHours());
        }
        return codes;
    }

    static ImportResult refused(ErrorList errors) {
        ErrorList.Merged all = errors.mergedWith(List.of(), 0);
        return new ImportResult(0, 0, all.count(), all.errors(), all.truncated(), true);
    }

    /**
     * Reads the list; a body that cannot be read at all (binary, a ZIP that is no XLSX workbook) is one error on line
     * 1, as the imports refuse it, not a server error.
     */
    private static void read(InputStream csv, ErrorList errors, Reading reading) {
        try (InputStream in = csv) {
            reading.read(in);
        } catch (IOException | UncheckedIOException e) {
            errors.add(new RowError(1, Messages.nl("import.error.unreadableFile")));
        }
    }

    /** Reads one file. */
    @FunctionalInterface
    private interface Reading {
        void read(InputStream in) throws IOException;
    }

    private CurrentUser check(long schoolId) {
        CurrentUser user = users.require();
        if (!user.is(Role.ADMIN) && (user.schoolId() == null || user.schoolId() != schoolId)) {
            throw new AccessDeniedException("the schedule of school " + schoolId + " is not for " + user.username());
        }
        return user;
    }

    /** A refusal of the whole list, on line 1. */
    static RowError fileError(String key, Object... args) {
        return new RowError(1, Messages.nl(key, args));
    }
}
