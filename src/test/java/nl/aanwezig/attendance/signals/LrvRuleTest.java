package nl.aanwezig.attendance.signals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import nl.aanwezig.attendance.domain.AbsenceReason;
import nl.aanwezig.attendance.domain.Lesson;
import org.junit.jupiter.api.Test;

class LrvRuleTest {

    /** A Monday. */
    static final LocalDate START = LocalDate.of(2026, 9, 7);

    @Test
    void five_school_weeks_of_daily_unauthorised_absence_raise_lrv_in_the_fifth_week() {
        List<Lesson> lessons = weeks(START, 5, true);
        assertThat(LrvRule.detect(lessons, List.of()))
                .containsExactly(new LrvRule.Run(START, START.plusWeeks(4)));
    }

    @Test
    void four_weeks_are_not_more_than_four() {
        assertThat(LrvRule.detect(weeks(START, 4, true), List.of())).isEmpty();
    }

    @Test
    void a_day_at_school_breaks_the_run() {
        List<Lesson> lessons = new ArrayList<>(weeks(START, 2, true));
        lessons.addAll(weeks(START.plusWeeks(2), 1, false));
        lessons.addAll(weeks(START.plusWeeks(3), 4, true));
        assertThat(LrvRule.detect(lessons, List.of())).isEmpty();
    }

    @Test
    void a_holiday_week_without_lessons_does_not_count_and_does_not_break_the_run() {
        List<Lesson> lessons = new ArrayList<>(weeks(START, 3, true));
        lessons.addAll(weeks(START.plusWeeks(4), 2, true));
        assertThat(LrvRule.detect(lessons, List.of()))
                .containsExactly(new LrvRule.Run(START, START.plusWeeks(5)));
    }

    @Test
    void a_run_already_reported_is_not_reported_again() {
        assertThat(LrvRule.detect(weeks(START, 6, true), List.of(START))).isEmpty();
    }

    /** {@code n} weeks from Monday {@code from}, five days of one lesson each, absent for spijbelen or present. */
    static List<Lesson> weeks(LocalDate from, int n, boolean absent) {
        List<Lesson> lessons = new ArrayList<>();
        for (int w = 0; w < n; w++) {
            for (int d = 0; d < 5; d++) {
                LocalDate day = from.plusWeeks(w).plusDays(d);
                lessons.add(absent ? Lesson.absent(day, LocalTime.of(8, 30), LocalTime.of(9, 20), AbsenceReason.SPIJBELEN)
                        : Lesson.present(day, LocalTime.of(8, 30), LocalTime.of(9, 20)));
            }
        }
        return lessons;
    }
}
