package nl.aanwezig.attendance.importing;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import nl.aanwezig.attendance.domain.AbsenceCode;
import nl.aanwezig.attendance.domain.CodeStatus;
import nl.aanwezig.attendance.importing.ImportOptions.ExportScope;
import nl.aanwezig.attendance.importing.PreviewRow.Reading;
import nl.aanwezig.attendance.importing.SchoolScheduleService.LessonHour;
import nl.aanwezig.attendance.importing.reading.ScheduleRows.AbsenceRow;
import nl.aanwezig.attendance.importing.reading.ScheduleValues;
import nl.aanwezig.base.Echo;
import nl.aanwezig.base.Messages;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a row of an absence export is at its school, the one place of these rules for the import ({@link
 * AbsenceStager}) and the preview ({@link ImportPreview}): school, pupil, period and code are checked, then the code's
 * status and reason, the clock times of the lesson hour and the minutes late (the school's default for a bare "te
 * laat"). Reads each school's code list, bell schedule and default once; writes nothing.
 */
final class AbsenceReading {

    /**
     * One row, checked.
     *
     * @param refusal why the import refuses the row, or {@code null}
     * @param unknown whether the refusal is a code the school's list does not know
     * @param remark  what the row will not do although it is imported (an hour outside the bell schedule), or {@code null}
     */
    record Checked(Long schoolId, Long pupilId, AbsenceCode code, LessonHour hour, Integer minutesLate, String refusal,
                   boolean unknown, String remark) {

        static Checked refused(String reason) {
            return new Checked(null, null, null, null, null, reason, false, null);
        }
    }

    private final JdbcTemplate jdbc;
    private final SchoolResolver schools;
    private final PupilIds pupils;
    private final ExportScope scope;
    private final String fallbackBrin;
    private final Runnable beforeQuery;
    private final Map<Long, Map<String, AbsenceCode>> codes = new HashMap<>();
    private final Map<Long, Map<String, LessonHour>> hours = new HashMap<>();
    private final Map<Long, Integer> defaults = new HashMap<>();

    /** @param beforeQuery runs before the database is asked (to pause a running COPY) */
    AbsenceReading(JdbcTemplate jdbc, Long onlySchool, ExportScope scope, String fallbackBrin, Runnable beforeQuery) {
        this.jdbc = jdbc;
        this.schools = new SchoolResolver(jdbc, onlySchool, beforeQuery);
        this.pupils = new PupilIds(jdbc, beforeQuery);
        this.scope = scope;
        this.fallbackBrin = fallbackBrin;
        this.beforeQuery = beforeQuery;
    }

    SchoolResolver schools() {
        return schools;
    }

    Checked check(AbsenceRow row) {
        SchoolResolver.Result school = schools.resolveOr(row.school(), fallbackBrin);
        if (school.schoolId() == null) {
            return Checked.refused(school.error());
        }
        long schoolId = school.schoolId();
        Long pupilId = pupils.find(schoolId, row.leerling());
        if (pupilId == null) {
            return Checked.refused(Messages.nl("import.error.unknownPupil", Echo.of(row.leerling()), Echo.of(row.school())));
        }
        if ((scope.from() != null && row.date().isBefore(scope.from()))
                || (scope.to() != null && row.date().isAfter(scope.to()))) {
            return Checked.refused(Messages.nl("import.error.outsidePeriod", row.date().toString(),
                    Objects.toString(scope.from(), "..."), Objects.toString(scope.to(), "...")));
        }
        AbsenceCode code = codes.computeIfAbsent(schoolId, this::codesOf).get(AbsenceCode.key(row.code()));
        if (code == null) {
            return new Checked(schoolId, pupilId, null, null, null,
                    Messages.nl("import.error.unknownCode", Echo.of(row.code())), true, null);
        }
        return interpret(schoolId, pupilId, row, code);
    }

    /** The row as the preview shows it: what it will be, or why it is refused. */
    Reading read(AbsenceRow row) {
        Checked c = check(row);
        LessonHour hour = c.hour();
        return new Reading(c.code() == null ? null : c.code().status(), c.code() == null ? null : c.code().reason(),
                hour == null ? null : hour.start(), hour == null ? null : hour.end(), c.minutesLate(),
                c.refusal() != null ? c.refusal() : c.remark());
    }

    private Checked interpret(long schoolId, long pupilId, AbsenceRow row, AbsenceCode code) {
        int weekday = row.date().getDayOfWeek().getValue();
        LessonHour hour = hours.computeIfAbsent(schoolId, this::hoursOf).get(weekday + "|" + row.hour());
        Integer minutes = code.status() == CodeStatus.TE_LAAT ? Objects.requireNonNullElseGet(row.minutesLate(),
                () -> defaults.computeIfAbsent(schoolId, this::defaultOf)) : null;
        String refusal = null;
        if (row.minutesLate() != null && code.status() != CodeStatus.TE_LAAT && code.status() != CodeStatus.GEEN) {
            // minutes on a not-an-absence code are imported: the data quality check reports them
            refusal = Messages.nl("import.error.minutesWithoutLate", Echo.of(row.code()), code.status().csvValue());
        } else if (hour != null && minutes != null && minutes >= Duration.between(hour.start(), hour.end()).toMinutes()) {
            refusal = Messages.nl("import.error.lateLongerThanLesson");
        }
        String remark = hour == null
                ? Messages.nl("import.error.hourNotInSchedule", row.hour(), ScheduleValues.weekdayName(weekday)) : null;
        return new Checked(schoolId, pupilId, code, hour, minutes, refusal, false, remark);
    }

    private Map<String, AbsenceCode> codesOf(long schoolId) {
        beforeQuery.run();
        Map<String, AbsenceCode> map = new HashMap<>();
        SchoolLists.codes(jdbc, schoolId).forEach(c -> map.put(c.key(), c));
        return map;
    }

    private Map<String, LessonHour> hoursOf(long schoolId) {
        beforeQuery.run();
        Map<String, LessonHour> map = new HashMap<>();
        SchoolLists.lessonHours(jdbc, schoolId).forEach(h -> map.put(h.weekday() + "|" + h.hour(), h));
        return map;
    }

    private int defaultOf(long schoolId) {
        beforeQuery.run();
        return SchoolLists.defaultMinutesLate(jdbc, schoolId);
    }
}
