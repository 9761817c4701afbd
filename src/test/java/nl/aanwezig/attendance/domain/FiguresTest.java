package nl.aanwezig.attendance.domain;

import static nl.aanwezig.attendance.domain.TestLessons.date;
import static nl.aanwezig.attendance.domain.TestLessons.time;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FiguresTest {

    private static final LocalDate MON = date("2026-09-07");

    @Test
    void figures_sum_minutes_per_category() {
        List<Lesson> lessons = List.of(
                Lesson.present(MON, time("08:30"), time("09:20")),
                Lesson.late(MON, time("09:20"), time("10:10"), 10),
                Lesson.absent(MON, time("10:30"), time("11:20"), AbsenceReason.MEDISCH),
                Lesson.absent(MON, time("11:20"), time("12:10"), AbsenceReason.ONBEKEND),
                Lesson.late(MON, time("12:40"), time("13:30"), 5));

        assertThat(Figures.of(lessons)).isEqualTo(new Figures(250, 135, 50, 50, 2, 15, 0));
        assertThat(Figures.of(lessons).attendancePct()).isEqualByComparingTo("54.0");
    }

    @Test
    void attendance_percentage_has_scale_1_rounded_half_up() {
        Figures figures = new Figures(10500, 9100, 0, 1400, 0, 0, 0);
        assertThat(figures.attendancePct()).isEqualTo(new BigDecimal("86.7"));
        assertThat(new Figures(200, 199, 0, 1, 0, 0, 0).attendancePct()).isEqualTo(new BigDecimal("99.5"));
        assertThat(new Figures(50, 50, 0, 0, 0, 0, 0).attendancePct()).isEqualTo(new BigDecimal("100.0"));
    }

    @Test
    void attendance_percentage_is_null_when_nothing_was_scheduled() {
        assertThat(Figures.of(List.of()).attendancePct()).isNull();
        assertThat(Figures.of(List.of())).isEqualTo(Figures.EMPTY);
    }

    @Test
    void plus_adds_every_field() {
        Figures a = new Figures(100, 90, 5, 5, 1, 3, 1);
        Figures b = new Figures(200, 150, 20, 30, 2, 7, 2);
        assertThat(a.plus(b)).isEqualTo(new Figures(300, 240, 25, 35, 3, 10, 3));
    }

    @Test
    void sick_days_across_a_weekend_form_one_report() {
        List<Lesson> lessons = new ArrayList<>();
        lessons.addAll(TestLessons.voDay(date("2026-09-10"), 0, null));
        lessons.addAll(TestLessons.voDay(date("2026-09-11"), 7, AbsenceReason.ZIEK));
        lessons.addAll(TestLessons.voDay(date("2026-09-14"), 2, AbsenceReason.ZIEK));
        lessons.addAll(TestLessons.voDay(date("2026-09-15"), 0, null));
        lessons.addAll(TestLessons.voDay(date("2026-09-16"), 1, AbsenceReason.ZIEK));

        assertThat(Figures.of(lessons).sickReports()).isEqualTo(2);
        assertThat(SickEpisode.of(lessons)).extracting(SickEpisode::start, SickEpisode::end).containsExactly(
                org.assertj.core.groups.Tuple.tuple(date("2026-09-11"), date("2026-09-14")),
                org.assertj.core.groups.Tuple.tuple(date("2026-09-16"), date("2026-09-16")));
    }

    @Test
    void a_school_day_without_sickness_breaks_the_sick_report() {
        List<Lesson> lessons = new ArrayList<>();
        lessons.addAll(TestLessons.voDay(date("2026-09-07"), 7, AbsenceReason.ZIEK));
        lessons.addAll(TestLessons.voDay(date("2026-09-08"), 7, AbsenceReason.MEDISCH));
        lessons.addAll(TestLessons.voDay(date("2026-09-09"), 7, AbsenceReason.ZIEK));
        assertThat(Figures.of(lessons).sickReports()).isEqualTo(2);
    }

    @Test
    void deviation_clips_lessons_to_the_approved_hours() {
        // approved: Mondays 08:30-10:10 and 10:30-11:00
        ApprovedTimetable deviation = new ApprovedTimetable(date("2026-09-01"), date("2026-09-30"), Map.of(
                DayOfWeek.MONDAY, List.of(
                        new ApprovedTimetable.TimeWindow(time("10:30"), time("11:00")),
                        new ApprovedTimetable.TimeWindow(time("08:30"), time("10:10")))));
        List<Lesson> lessons = List.of(
                Lesson.present(MON, time("08:30"), time("09:20")),                           // 50 counted
                Lesson.late(MON, time("09:20"), time("10:10"), 10),                          // 50, 40 present
                Lesson.late(MON, time("10:30"), time("11:20"), 40),                          // 30, 0 present, 30 late
                Lesson.absent(MON, time("11:20"), time("12:10"), AbsenceReason.SPIJBELEN),   // outside: ignored
                Lesson.absent(date("2026-09-08"), time("08:30"), time("09:20"), AbsenceReason.ZIEK)); // Tuesday: ignored

        assertThat(Figures.of(lessons, deviation)).isEqualTo(new Figures(130, 90, 0, 0, 2, 40, 0));
    }

    @Test
    void deviation_does_not_apply_outside_its_validity() {
        ApprovedTimetable deviation = new ApprovedTimetable(date("2026-09-08"), date("2026-09-30"), Map.of());
        List<Lesson> lessons = List.of(
                Lesson.absent(MON, time("08:30"), time("09:20"), AbsenceReason.ZIEK),
                Lesson.present(date("2026-09-08"), time("08:30"), time("09:20")),
                Lesson.present(date("2026-10-01"), time("08:30"), time("09:20")));

        assertThat(Figures.of(lessons, deviation)).isEqualTo(new Figures(100, 50, 50, 0, 0, 0, 1));
    }

    @Test
    void lateness_wholly_outside_the_approved_hours_is_not_lateness() {
        ApprovedTimetable deviation = new ApprovedTimetable(MON, MON, Map.of(
                DayOfWeek.MONDAY, List.of(new ApprovedTimetable.TimeWindow(time("09:00"), time("12:00")))));
        List<Lesson> lessons = List.of(Lesson.late(MON, time("08:30"), time("09:20"), 20));

        assertThat(Figures.of(lessons, deviation)).isEqualTo(new Figures(20, 20, 0, 0, 0, 0, 0));
    }
}
