package nl.aanwezig.attendance.signals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import nl.aanwezig.attendance.domain.AbsenceReason;
import nl.aanwezig.attendance.domain.ApprovedTimetable;
import nl.aanwezig.attendance.domain.ApprovedTimetable.TimeWindow;
import nl.aanwezig.attendance.domain.Lesson;
import org.junit.jupiter.api.Test;

/** The DUO rules see an absence during an approved deviation only inside the approved windows. */
class LessonLoaderTest {

    static final LocalDate MONDAY = LocalDate.of(2025, 9, 1);
    static final ApprovedTimetable DEVIATION = new ApprovedTimetable(MONDAY, MONDAY.plusDays(6), Map.of(DayOfWeek.MONDAY,
            List.of(new TimeWindow(t("08:30"), t("09:00")), new TimeWindow(t("09:10"), t("12:00")))));

    @Test
    void an_absence_across_two_windows_counts_as_its_two_parts_inside_them() {
        Lesson absent = Lesson.absent(MONDAY, t("08:40"), t("09:30"), AbsenceReason.SPIJBELEN);
        assertThat(LessonLoader.counted(absent, List.of(DEVIATION))).containsExactly(
                Lesson.absent(MONDAY, t("08:40"), t("09:00"), AbsenceReason.SPIJBELEN),
                Lesson.absent(MONDAY, t("09:10"), t("09:30"), AbsenceReason.SPIJBELEN));
    }

    @Test
    void an_absence_outside_the_windows_or_on_a_day_without_them_does_not_count() {
        assertThat(LessonLoader.counted(Lesson.absent(MONDAY, t("13:00"), t("13:50"), AbsenceReason.ONBEKEND),
                List.of(DEVIATION))).isEmpty();
        assertThat(LessonLoader.counted(Lesson.absent(MONDAY.plusDays(1), t("08:30"), t("09:20"), AbsenceReason.ONBEKEND),
                List.of(DEVIATION))).isEmpty();
    }

    @Test
    void an_absence_outside_the_deviations_period_counts_whole() {
        Lesson later = Lesson.absent(MONDAY.plusWeeks(1), t("13:00"), t("13:50"), AbsenceReason.ONBEKEND);
        assertThat(LessonLoader.counted(later, List.of(DEVIATION))).containsExactly(later);
    }

    private static LocalTime t(String s) {
        return LocalTime.parse(s);
    }
}
