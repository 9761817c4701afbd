package nl.aanwezig.attendance.importing;

import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.aanwezig.attendance.domain.AbsenceCode;
import nl.aanwezig.attendance.domain.CodeStatus;
import nl.aanwezig.attendance.importing.reading.ScheduleRows.AbsenceRow;
import nl.aanwezig.attendance.importing.reading.ScheduleValues;
import nl.aanwezig.attendance.importing.ImportOptions.ExportScope;
import nl.aanwezig.attendance.importing.PreviewRow.Reading;
import nl.aanwezig.attendance.importing.SchoolScheduleService.LessonHour;
import nl.aanwezig.base.Echo;
import nl.aanwezig.base.Messages;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What an absence row becomes at its school: the same school, pupil, period and code checks as {@link AbsenceStager},
 * then the code's status and reason, the clock times of the lesson hour and the minutes late. Reads each school's
 * code list and bell schedule once; writes nothing.
 */
final class AbsenceReading {

    private final SchoolScheduleService schedules;
    private final SchoolResolver schools;
    private final PupilIds pupils;
    private final ExportScope scope;
    private final String fallbackBrin;
    private final Map<Long, Map<String, AbsenceCode>> codes = new HashMap<>();
    private final Map<Long, Map<String, LessonHour>> hours = new HashMap<>();
    private final Map<Long, Integer> defaults = new HashMap<>();

    AbsenceReading(JdbcTemplate jdbc, SchoolScheduleService schedules, Long onlySchool, ExportScope scope,
                   String fallbackBrin) {
        this.schedules = schedules;
        this.schools = new SchoolResolver(jdbc, onlySchool, () -> { });
        this.pupils = new PupilIds(jdbc, () -> { });
        this.scope = scope;
        this.fallbackBrin = fallbackBrin;
    }

    Reading read(AbsenceRow row) {
        SchoolResolver.Result school = schools.resolveOr(row.school(), fallbackBrin);
        if (school.schoolId() == null) {
            return remark(school.error());
        }
        long schoolId = school.schoolId();
        if (pupils.find(schoolId, row.leerling()) == null) {
            return remark(Messages.nl("import.error.unknownPupil", Echo.of(row.leerling()), Echo.of(row.school())));
        }
        if ((scope.from() != null && row.date().isBefore(scope.from()))
                || (scope.to() != null && row.date().isAfter(scope.to()))) {
            return remark(Messages.nl("import.error.outsidePeriod", row.date().toString(),
                    Objects.toString(scope.from(), "..."), Objects.toString(scope.to(), "...")));
        }
        AbsenceCode code = codes.computeIfAbsent(schoolId, this::codesOf).get(AbsenceCode.key(row.code()));
        if (code == null) {
            return remark(Messages.nl("import.error.unknownCode", Echo.of(row.code())));
        }
        return interpret(schoolId, row, code);
    }

    private Reading interpret(long schoolId, AbsenceRow row, AbsenceCode code) {
        int weekday = row.date().getDayOfWeek().getValue();
        LessonHour hour = hours.computeIfAbsent(schoolId, this::hoursOf).get(weekday + "|" + row.hour());
        LocalTime start = hour == null ? null : hour.start();
        LocalTime end = hour == null ? null : hour.end();
        Integer minutes = code.status() == CodeStatus.TE_LAAT ? Objects.requireNonNullElseGet(row.minutesLate(),
                () -> defaults.computeIfAbsent(schoolId, schedules::defaultMinutesLate)) : null;
        String remark = null;
        if (hour == null) {
            remark = Messages.nl("import.error.hourNotInSchedule", row.hour(), ScheduleValues.weekdayName(weekday));
        } else if (row.minutesLate() != null && code.status() != CodeStatus.TE_LAAT && code.status() != CodeStatus.GEEN) {
            remark = Messages.nl("import.error.minutesWithoutLate", Echo.of(row.code()), code.status().csvValue());
        } else if (minutes != null && minutes >= java.time.Duration.between(start, end).toMinutes()) {
            remark = Messages.nl("import.error.lateLongerThanLesson");
        }
        return new Reading(code.status(), code.reason(), start, end, minutes, remark);
    }

    private Map<String, AbsenceCode> codesOf(long schoolId) {
        Map<String, AbsenceCode> map = new HashMap<>();
        schedules.codes(schoolId).forEach(c -> map.put(c.key(), c));
        return map;
    }

    private Map<String, LessonHour> hoursOf(long schoolId) {
        Map<String, LessonHour> map = new HashMap<>();
        List<LessonHour> list = schedules.lessonHours(schoolId);
        list.forEach(h -> map.put(h.weekday() + "|" + h.hour(), h));
        return map;
    }

    private static Reading remark(String text) {
        return new Reading(null, null, null, null, null, text);
    }
}
