package nl.aanwezig.attendance.figures;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nl.aanwezig.attendance.domain.AbsenceReason;
import nl.aanwezig.attendance.domain.Lesson;

/**
 * Reproducible timetables with every status and reason, lessons of different lengths, sick runs that
 * continue over weekends and days without lessons (holidays) that break them.
 */
public final class RandomLessons {

    private RandomLessons() {
    }

    public static List<Lesson> of(long seed, LocalDate from, LocalDate to) {
        Random random = new Random(seed);
        List<Lesson> out = new ArrayList<>();
        boolean sick = false;
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
                continue;
            }
            if (random.nextInt(15) == 0) {
                continue; // a day off: no lessons, no school day
            }
            sick = sick ? random.nextInt(3) > 0 : random.nextInt(12) == 0;
            day(random, d, sick, out);
        }
        return out;
    }

    private static void day(Random random, LocalDate date, boolean sickDay, List<Lesson> out) {
        LocalTime start = LocalTime.of(8, 30);
        int lessons = 3 + random.nextInt(5);
        for (int i = 0; i < lessons; i++) {
            int length = 40 + random.nextInt(4) * 10 + (i == 0 ? 7 : 0);
            LocalTime end = start.plusMinutes(length);
            out.add(sickDay && random.nextInt(5) > 0 ? Lesson.absent(date, start, end, AbsenceReason.ZIEK)
                    : lesson(random, date, start, end, length));
            start = end.plusMinutes(random.nextInt(2) * 15);
        }
    }

    private static Lesson lesson(Random random, LocalDate date, LocalTime start, LocalTime end, int length) {
        int roll = random.nextInt(20);
        if (roll < 12) {
            return Lesson.present(date, start, end);
        }
        if (roll < 15) {
            return Lesson.late(date, start, end, 1 + random.nextInt(length - 1));
        }
        AbsenceReason[] reasons = AbsenceReason.values();
        return Lesson.absent(date, start, end, reasons[random.nextInt(reasons.length)]);
    }
}
