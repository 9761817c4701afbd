package nl.aanwezig.attendance.signals;

import nl.aanwezig.attendance.domain.AbsenceReason;
import nl.aanwezig.attendance.domain.Lesson;
import nl.aanwezig.attendance.domain.TestLessons;

import static nl.aanwezig.attendance.domain.TestLessons.date;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.aanwezig.attendance.signals.MazlSignal.Kind;
import org.junit.jupiter.api.Test;

class MazlRuleTest {

    /** Present every weekday from 7 Sep to 18 Dec 2026, sick (all lessons) on the given days. */
    private static List<Lesson> sickOn(String... days) {
        List<Lesson> lessons = TestLessons.presentWeekdays(date("2026-09-07"), date("2026-12-18"));
        for (String day : days) {
            lessons = TestLessons.replaceDay(lessons, date(day), TestLessons.voDay(date(day), 7, AbsenceReason.ZIEK));
        }
        return lessons;
    }

    private static MazlSignal signal(Kind kind, String start, String end) {
        return new MazlSignal(kind, date(start), date(end));
    }

    @Test
    void a_fourth_sick_report_within_12_weeks_signals() {
        // 23 Nov is 77 days after 7 Sep
        assertThat(MazlRule.detect(sickOn("2026-09-07", "2026-09-21", "2026-10-05", "2026-11-23")))
                .containsExactly(signal(Kind.FOURTH_REPORT_IN_12_WEEKS, "2026-09-07", "2026-11-23"));
    }

    @Test
    void four_sick_reports_spread_over_13_weeks_do_not_signal() {
        // 7 Dec is 91 days after 7 Sep
        assertThat(MazlRule.detect(sickOn("2026-09-07", "2026-09-21", "2026-10-05", "2026-12-07"))).isEmpty();
    }

    @Test
    void the_12_weeks_end_before_day_84() {
        assertThat(MazlRule.detect(sickOn("2026-09-07", "2026-09-21", "2026-10-05", "2026-11-27")))
                .containsExactly(signal(Kind.FOURTH_REPORT_IN_12_WEEKS, "2026-09-07", "2026-11-27"));
        assertThat(MazlRule.detect(sickOn("2026-09-07", "2026-09-21", "2026-10-05", "2026-11-30"))).isEmpty();
    }

    @Test
    void after_a_signal_the_next_one_needs_four_new_reports() {
        List<Lesson> lessons = sickOn("2026-09-07", "2026-09-14", "2026-09-21", "2026-09-28",
                "2026-10-05", "2026-10-12", "2026-10-19", "2026-10-26");
        assertThat(MazlRule.detect(lessons)).containsExactly(
                signal(Kind.FOURTH_REPORT_IN_12_WEEKS, "2026-09-07", "2026-09-28"),
                signal(Kind.FOURTH_REPORT_IN_12_WEEKS, "2026-10-05", "2026-10-26"));
    }

    @Test
    void the_fifth_report_does_not_signal_again() {
        List<Lesson> lessons = sickOn("2026-09-07", "2026-09-14", "2026-09-21", "2026-09-28", "2026-10-05");
        assertThat(MazlRule.detect(lessons))
                .containsExactly(signal(Kind.FOURTH_REPORT_IN_12_WEEKS, "2026-09-07", "2026-09-28"));
    }

    @Test
    void the_seventh_consecutive_sick_day_across_a_weekend_signals_once() {
        // Wed 9 Sep to Fri 18 Sep: the 7th school day is Thu 17 Sep; the 8th does not signal again
        List<Lesson> lessons = sickOn("2026-09-09", "2026-09-10", "2026-09-11", "2026-09-14", "2026-09-15",
                "2026-09-16", "2026-09-17", "2026-09-18");
        assertThat(MazlRule.detect(lessons))
                .containsExactly(signal(Kind.SEVENTH_CONSECUTIVE_DAY, "2026-09-09", "2026-09-17"));
    }

    @Test
    void six_consecutive_sick_days_do_not_signal() {
        List<Lesson> lessons = sickOn("2026-09-10", "2026-09-11", "2026-09-14", "2026-09-15", "2026-09-16", "2026-09-17");
        assertThat(MazlRule.detect(lessons)).isEmpty();
    }
}
