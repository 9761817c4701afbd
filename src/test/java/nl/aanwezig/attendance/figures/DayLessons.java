package nl.aanwezig.attendance.figures;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import nl.aanwezig.attendance.domain.AbsenceReason;
import nl.aanwezig.attendance.domain.Lesson;

/** A day of twenty 30-minute lessons (600 minutes), so every missed lesson costs exactly 5 percentage points. */
public final class DayLessons {

    private DayLessons() {
    }

    /** The first {@code absent} lessons missed (spijbelen), the rest present: attendance (20 - absent) * 5 %. */
    public static List<Lesson> withAbsent(LocalDate date, int absent) {
        List<Lesson> out = new ArrayList<>();
        LocalTime start = LocalTime.of(8, 0);
        for (int i = 0; i < 20; i++, start = start.plusMinutes(30)) {
            out.add(i < absent ? Lesson.absent(date, start, start.plusMinutes(30), AbsenceReason.SPIJBELEN)
                    : Lesson.present(date, start, start.plusMinutes(30)));
        }
        return out;
    }

    /** Weekdays of {@code weeks} weeks from {@code monday}, every lesson present, or every lesson missed. */
    public static List<Lesson> weeks(LocalDate monday, int weeks, boolean allAbsent) {
        List<Lesson> out = new ArrayList<>();
        for (int d = 0; d < weeks * 7; d++) {
            LocalDate day = monday.plusDays(d);
            if (day.getDayOfWeek().getValue() <= 5) {
                out.addAll(withAbsent(day, allAbsent ? 20 : 0));
            }
        }
        return out;
    }
}
