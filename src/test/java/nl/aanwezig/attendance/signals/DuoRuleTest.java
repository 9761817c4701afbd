package nl.aanwezig.attendance.signals;

import nl.aanwezig.attendance.domain.AbsenceReason;
import nl.aanwezig.attendance.domain.Lesson;
import nl.aanwezig.attendance.domain.TestLessons;

import static nl.aanwezig.attendance.domain.TestLessons.date;
import static nl.aanwezig.attendance.domain.TestLessons.time;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.aanwezig.attendance.DuoReportKind;
import nl.aanwezig.school.Sector;
import org.junit.jupiter.api.Test;

class DuoRuleTest {

    private static final AbsenceReason TRUANCY = AbsenceReason.SPIJBELEN;

    /** Present VO lessons on all weekdays of the given ISO-dated weeks (Mondays). */
    private static List<Lesson> weeks(String... mondays) {
        List<Lesson> lessons = new ArrayList<>();
        for (String monday : mondays) {
            lessons.addAll(TestLessons.presentWeekdays(date(monday), date(monday).plusDays(4)));
        }
        return lessons;
    }

    private static List<Lesson> absent(List<Lesson> lessons, String day, int firstLessons, AbsenceReason reason) {
        return TestLessons.replaceDay(lessons, date(day), TestLessons.voDay(date(day), firstLessons, reason));
    }

    private static List<DuoReport> detect(Sector sector, List<Lesson> lessons, DuoReport... prior) {
        return DuoRule.detect(sector, lessons, List.of(prior));
    }

    private static DuoReport report(String start, String end, int hours, DuoReportKind type) {
        return new DuoReport(date(start), date(end), hours, type);
    }

    private static List<Lesson> fourMondaysOfFourTruantLessons() {
        List<Lesson> lessons = weeks("2026-09-07", "2026-09-14", "2026-09-21", "2026-09-28");
        for (String monday : List.of("2026-09-07", "2026-09-14", "2026-09-21", "2026-09-28")) {
            lessons = absent(lessons, monday, 4, TRUANCY);
        }
        return lessons;
    }

    @Test
    void vo_counts_16_missed_50_minute_lessons_as_16_hours() {
        assertThat(detect(Sector.VO, fourMondaysOfFourTruantLessons()))
                .containsExactly(report("2026-09-07", "2026-09-28", 16, DuoReportKind.DUO_16H));
    }

    @Test
    void po_counts_clock_time_so_16_lessons_of_50_minutes_are_not_enough() {
        assertThat(detect(Sector.PO, fourMondaysOfFourTruantLessons())).isEmpty();
    }

    @Test
    void po_reports_once_960_minutes_are_reached_with_hours_rounded_down() {
        List<Lesson> lessons = absent(fourMondaysOfFourTruantLessons(), "2026-09-29", 4, TRUANCY);
        // 20 x 50 = 1000 minutes, reached on Tuesday 29 September
        assertThat(detect(Sector.PO, lessons))
                .containsExactly(report("2026-09-07", "2026-09-29", 16, DuoReportKind.DUO_16H));
    }

    @Test
    void vo_counts_a_lesson_longer_than_60_minutes_as_whole_hours_rounded_up() {
        List<Lesson> lessons = new ArrayList<>();
        for (LocalDate day = date("2026-09-07"); day.isBefore(date("2026-09-11")); day = day.plusDays(1)) {
            lessons.add(Lesson.absent(day, time("08:30"), time("10:00"), TRUANCY));
            lessons.add(Lesson.absent(day, time("10:30"), time("12:00"), TRUANCY));
        }
        // 8 blocks of 90 minutes: VO 8 x 2 = 16 hours, PO 720 minutes = 12 hours
        assertThat(detect(Sector.VO, lessons))
                .containsExactly(report("2026-09-07", "2026-09-10", 16, DuoReportKind.DUO_16H));
        assertThat(detect(Sector.PO, lessons)).isEmpty();
    }

    @Test
    void a_holiday_week_does_not_count_so_the_window_spans_5_calendar_weeks() {
        // 21 September is a holiday week: no lessons at all
        List<Lesson> lessons = weeks("2026-09-07", "2026-09-14", "2026-09-28", "2026-10-05");
        for (String monday : List.of("2026-09-07", "2026-09-14", "2026-09-28", "2026-10-05")) {
            lessons = absent(lessons, monday, 4, TRUANCY);
        }
        assertThat(detect(Sector.VO, lessons))
                .containsExactly(report("2026-09-07", "2026-10-05", 16, DuoReportKind.DUO_16H));
    }

    @Test
    void absence_spread_over_5_school_weeks_is_not_reported() {
        List<Lesson> lessons = weeks("2026-09-07", "2026-09-14", "2026-09-21", "2026-09-28", "2026-10-05");
        for (String monday : List.of("2026-09-07", "2026-09-14", "2026-09-28", "2026-10-05")) {
            lessons = absent(lessons, monday, 4, TRUANCY);
        }
        assertThat(detect(Sector.VO, lessons)).isEmpty();
    }

    @Test
    void authorised_absence_never_counts() {
        List<Lesson> lessons = weeks("2026-09-07");
        for (String day : List.of("2026-09-07", "2026-09-08", "2026-09-09")) {
            lessons = absent(lessons, day, 7, AbsenceReason.ZIEK);
        }
        assertThat(detect(Sector.VO, lessons)).isEmpty();
    }

    /** Full truant days 7-9 Sep (21 h, reported 9 Sep), then 10, 11 Sep full and 2 lessons on 16 Sep. */
    private static List<Lesson> truantAfterAReport() {
        List<Lesson> lessons = weeks("2026-09-07", "2026-09-14");
        for (String day : List.of("2026-09-07", "2026-09-08", "2026-09-09", "2026-09-10", "2026-09-11")) {
            lessons = absent(lessons, day, 7, AbsenceReason.ONBEKEND);
        }
        return absent(lessons, "2026-09-16", 2, AbsenceReason.ONBEKEND);
    }

    @Test
    void counting_restarts_the_day_after_the_end_date() {
        // 35 hours by 11 Sep, but only the 14 after the restart count; 16 is reached on 16 Sep
        assertThat(detect(Sector.VO, truantAfterAReport())).containsExactly(
                report("2026-09-07", "2026-09-09", 21, DuoReportKind.DUO_16H),
                report("2026-09-10", "2026-09-16", 16, DuoReportKind.DUO_16H));
    }

    @Test
    void a_next_report_waits_until_7_days_after_the_previous_end_date() {
        List<Lesson> lessons = weeks("2026-09-07", "2026-09-14");
        for (String day : List.of("2026-09-07", "2026-09-08", "2026-09-09", "2026-09-10", "2026-09-11", "2026-09-14")) {
            lessons = absent(lessons, day, 7, TRUANCY);
        }
        // 16 h since the restart is reached on Monday 14 Sep, but the earliest allowed end date is 16 Sep
        assertThat(detect(Sector.VO, lessons)).containsExactly(
                report("2026-09-07", "2026-09-09", 21, DuoReportKind.DUO_16H),
                report("2026-09-10", "2026-09-16", 21, DuoReportKind.DUO_16H));
    }

    @Test
    void rerunning_with_the_filed_reports_returns_nothing_new() {
        List<DuoReport> first = detect(Sector.VO, truantAfterAReport());
        assertThat(DuoRule.detect(Sector.VO, truantAfterAReport(), first)).isEmpty();
        assertThat(detect(Sector.VO, truantAfterAReport(), first.getFirst()))
                .containsExactly(report("2026-09-10", "2026-09-16", 16, DuoReportKind.DUO_16H));
    }

    @Test
    void a_filed_report_restarts_counting_even_if_it_was_filed_on_another_day() {
        // filed by hand on 8 Sep: counting restarts on 9 Sep (21 h by 11 Sep), next report not before 15 Sep
        DuoReport manual = report("2026-09-07", "2026-09-08", 14, DuoReportKind.DUO_16H);
        assertThat(detect(Sector.VO, truantAfterAReport(), manual))
                .containsExactly(report("2026-09-09", "2026-09-15", 21, DuoReportKind.DUO_16H));
    }

    @Test
    void each_run_of_luxe_verzuim_days_is_its_own_report_and_counts_toward_16_hours() {
        List<Lesson> lessons = weeks("2026-09-07", "2026-09-14", "2026-09-21");
        for (String day : List.of("2026-09-10", "2026-09-11", "2026-09-14")) {
            lessons = absent(lessons, day, 7, AbsenceReason.LUXEVERZUIM);
        }
        lessons = absent(lessons, "2026-09-21", 1, AbsenceReason.LUXEVERZUIM);

        // the 16 h report counts every absence of its end date, so 21 h too
        assertThat(detect(Sector.VO, lessons)).containsExactly(
                report("2026-09-10", "2026-09-14", 21, DuoReportKind.DUO_16H),
                report("2026-09-10", "2026-09-14", 21, DuoReportKind.LUXE),
                report("2026-09-21", "2026-09-21", 1, DuoReportKind.LUXE));
        assertThat(detect(Sector.VO, lessons, report("2026-09-10", "2026-09-14", 21, DuoReportKind.LUXE),
                report("2026-09-10", "2026-09-14", 21, DuoReportKind.DUO_16H)))
                .containsExactly(report("2026-09-21", "2026-09-21", 1, DuoReportKind.LUXE));
    }
}
