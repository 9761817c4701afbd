package nl.aanwezig.attendance.domain;

import nl.aanwezig.attendance.signals.DataQualityRule;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/** Builders for lesson timetables in tests: a VO day is seven 50-minute lessons from 08:30. */
public final class TestLessons {

    public static final LocalTime[] VO_STARTS = {
            LocalTime.of(8, 30), LocalTime.of(9, 20), LocalTime.of(10, 30), LocalTime.of(11, 20),
            LocalTime.of(12, 40), LocalTime.of(13, 30), LocalTime.of(14, 20)};

    private TestLessons() {
    }

    public static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    public static LocalTime time(String hhmm) {
        return LocalTime.parse(hhmm);
    }

    /** A VO day of seven 50-minute lessons; the first {@code absent} lessons are missed for {@code reason}. */
    public static List<Lesson> voDay(LocalDate date, int absent, AbsenceReason reason) {
        List<Lesson> lessons = new ArrayList<>();
        for (int i = 0; i < VO_STARTS.length; i++) {
            LocalTime start = VO_STARTS[i];
            lessons.add(i < absent
                    ? Lesson.absent(date, start, start.plusMinutes(50), reason)
                    : Lesson.present(date, start, start.plusMinutes(50)));
        }
        return lessons;
    }

    /** Present VO days on every weekday from {@code from} to {@code to} inclusive. */
    public static List<Lesson> presentWeekdays(LocalDate from, LocalDate to) {
        List<Lesson> lessons = new ArrayList<>();
        for (LocalDate day : DataQualityRule.weekdays(from, to)) {
            lessons.addAll(voDay(day, 0, null));
        }
        return lessons;
    }

    /** Replaces all lessons on {@code date} by {@code replacement}. */
    public static List<Lesson> replaceDay(List<Lesson> lessons, LocalDate date, List<Lesson> replacement) {
        List<Lesson> result = new ArrayList<>(lessons.stream().filter(l -> !l.date().equals(date)).toList());
        result.addAll(replacement);
        return result;
    }
}
