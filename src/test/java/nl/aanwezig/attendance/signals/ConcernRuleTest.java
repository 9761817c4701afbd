package nl.aanwezig.attendance.signals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import nl.aanwezig.attendance.domain.AbsenceReason;
import nl.aanwezig.attendance.domain.Lesson;
import nl.aanwezig.school.Sector;
import org.junit.jupiter.api.Test;

class ConcernRuleTest {

    static final LocalDate MONDAY = LocalDate.of(2026, 9, 7);
    static final ConcernRule.Criteria FOUR_HOURS_IN_TWO_WEEKS = new ConcernRule.Criteria(4, 2, null, null);

    /** A VO day of six 50-minute lessons, the first {@code absent} ones unauthorised. */
    static List<Lesson> day(LocalDate date, int absent) {
        List<Lesson> lessons = new ArrayList<>();
        LocalTime t = LocalTime.of(8, 30);
        for (int i = 0; i < 6; i++, t = t.plusMinutes(50)) {
            lessons.add(i < absent ? Lesson.absent(date, t, t.plusMinutes(50), AbsenceReason.SPIJBELEN)
                    : Lesson.present(date, t, t.plusMinutes(50)));
        }
        return lessons;
    }

    @Test
    void four_hours_over_two_weeks_raises_one_signal_on_the_day_the_fourth_hour_is_reached() {
        List<Lesson> lessons = new ArrayList<>(day(MONDAY, 2));
        lessons.addAll(day(MONDAY.plusDays(7), 2));
        lessons.addAll(day(MONDAY.plusDays(8), 2));
        var hits = ConcernRule.detect(Sector.VO, lessons, FOUR_HOURS_IN_TWO_WEEKS, List.of(), List.of());
        assertThat(hits).containsExactly(new ConcernRule.Hit(ConcernRule.Criterion.UNAUTHORISED, MONDAY,
                MONDAY.plusDays(7), 4, 2));
    }

    @Test
    void three_hours_raise_nothing_and_absence_spread_wider_than_the_window_neither() {
        List<Lesson> lessons = new ArrayList<>(day(MONDAY, 3));
        lessons.addAll(day(MONDAY.plusDays(7), 0));
        lessons.addAll(day(MONDAY.plusDays(14), 3));
        assertThat(ConcernRule.detect(Sector.VO, lessons, FOUR_HOURS_IN_TWO_WEEKS, List.of(), List.of())).isEmpty();
    }

    @Test
    void a_holiday_week_without_lessons_does_not_count_as_a_school_week() {
        List<Lesson> lessons = new ArrayList<>(day(MONDAY, 3));
        lessons.addAll(day(MONDAY.plusDays(14), 3));
        assertThat(ConcernRule.detect(Sector.VO, lessons, FOUR_HOURS_IN_TWO_WEEKS, List.of(), List.of()))
                .extracting(ConcernRule.Hit::end).containsExactly(MONDAY.plusDays(14));
    }

    @Test
    void an_earlier_signal_restarts_the_count_so_the_same_window_does_not_raise_twice() {
        List<Lesson> lessons = new ArrayList<>(day(MONDAY, 4));
        lessons.addAll(day(MONDAY.plusDays(1), 1));
        var prior = List.of(new ConcernRule.Hit(ConcernRule.Criterion.UNAUTHORISED, MONDAY, MONDAY, 4, 2));
        assertThat(ConcernRule.detect(Sector.VO, lessons, FOUR_HOURS_IN_TWO_WEEKS, prior, List.of())).isEmpty();
    }

    @Test
    void no_signal_for_a_pupil_who_reached_the_duo_line_in_the_window() {
        List<Lesson> lessons = new ArrayList<>(day(MONDAY, 6));
        var duo = List.of(new ConcernRule.Span(MONDAY, MONDAY.plusDays(2)));
        assertThat(ConcernRule.detect(Sector.VO, lessons, FOUR_HOURS_IN_TWO_WEEKS, List.of(), duo)).isEmpty();
    }

    @Test
    void three_late_arrivals_in_two_weeks_raise_a_lateness_signal() {
        LocalTime t = LocalTime.of(8, 30);
        List<Lesson> lessons = List.of(Lesson.late(MONDAY, t, t.plusMinutes(50), 5),
                Lesson.late(MONDAY.plusDays(2), t, t.plusMinutes(50), 5),
                Lesson.late(MONDAY.plusDays(8), t, t.plusMinutes(50), 5));
        var hits = ConcernRule.detect(Sector.VO, lessons, new ConcernRule.Criteria(null, null, 3, 2), List.of(), List.of());
        assertThat(hits).containsExactly(new ConcernRule.Hit(ConcernRule.Criterion.LATE, MONDAY, MONDAY.plusDays(8), 3, 2));
    }
}
