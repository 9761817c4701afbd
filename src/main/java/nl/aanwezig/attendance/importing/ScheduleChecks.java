package nl.aanwezig.attendance.importing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.aanwezig.attendance.importing.reading.ScheduleRows.CodeRow;
import nl.aanwezig.attendance.importing.reading.ScheduleRows.LessonHourRow;
import nl.aanwezig.attendance.importing.reading.ScheduleValues;
import nl.aanwezig.base.Echo;
import nl.aanwezig.base.Messages;
import nl.aanwezig.base.upload.RowError;

/** The checks of a code list and a bell schedule as a whole, after each row was read on its own. */
final class ScheduleChecks {

    private final ErrorList errors;

    ScheduleChecks(ErrorList errors) {
        this.errors = errors;
    }

    /** A code twice (ignoring case) and a list longer than {@code max} are refused. */
    void codes(List<CodeRow> rows, int max) {
        tooMany(rows.size(), max);
        Map<String, Integer> lineByKey = new HashMap<>();
        for (CodeRow row : rows) {
            Integer earlier = lineByKey.putIfAbsent(row.code().key(), row.line());
            if (earlier != null) {
                errors.add(new RowError(row.line(), Messages.nl("schedule.error.codeTwice", Echo.of(row.code().code()),
                        earlier)));
            }
        }
        if (rows.isEmpty() && errors.count() == 0) {
            errors.add(SchoolScheduleService.fileError("schedule.error.empty"));
        }
    }

    /** The hours per weekday; an hour twice on a day, or two hours of a day that overlap, are refused. */
    List<SchoolScheduleService.LessonHour> lessonHours(List<LessonHourRow> rows, int max) {
        tooMany(rows.size(), max);
        List<SchoolScheduleService.LessonHour> hours = new ArrayList<>();
        Map<SchoolScheduleService.LessonHour, Integer> lines = new HashMap<>();
        for (LessonHourRow row : rows) {
            for (int weekday : row.weekdays()) {
                SchoolScheduleService.LessonHour hour = new SchoolScheduleService.LessonHour(weekday, row.hour(),
                        row.start(), row.end());
                hours.add(hour);
                lines.put(hour, row.line());
            }
        }
        hours.sort(Comparator.comparingInt(SchoolScheduleService.LessonHour::weekday)
                .thenComparing(SchoolScheduleService.LessonHour::start));
        for (int i = 0; i < hours.size(); i++) {
            for (int j = i + 1; j < hours.size() && hours.get(j).weekday() == hours.get(i).weekday(); j++) {
                clash(hours.get(i), hours.get(j), lines);
            }
        }
        if (rows.isEmpty() && errors.count() == 0) {
            errors.add(SchoolScheduleService.fileError("schedule.error.empty"));
        }
        return hours;
    }

    private void clash(SchoolScheduleService.LessonHour a, SchoolScheduleService.LessonHour b,
                       Map<SchoolScheduleService.LessonHour, Integer> lines) {
        String day = ScheduleValues.weekdayName(a.weekday());
        if (a.hour().equals(b.hour())) {
            errors.add(new RowError(lines.get(b), Messages.nl("schedule.error.hourTwice", b.hour(), day, lines.get(a))));
        } else if (b.start().isBefore(a.end())) {
            errors.add(new RowError(lines.get(b), Messages.nl("schedule.error.hoursOverlap", b.hour(), a.hour(), day,
                    lines.get(a))));
        }
    }

    private void tooMany(int rows, int max) {
        if (rows > max) {
            errors.add(SchoolScheduleService.fileError("schedule.error.tooManyRows", max));
        }
    }
}
