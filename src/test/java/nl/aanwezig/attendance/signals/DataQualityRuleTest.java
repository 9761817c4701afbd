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
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.aanwezig.attendance.signals.DataQualityIssue.Kind;
import org.junit.jupiter.api.Test;

class DataQualityRuleTest {

    private static final LocalDate MON = date("2026-09-07");

    private static List<Lesson> dayWithLesson(int index, Lesson replacement) {
        List<Lesson> lessons = new ArrayList<>(TestLessons.voDay(MON, 0, null));
        lessons.set(index, replacement);
        return lessons;
    }

    @Test
    void a_class_without_any_absence_or_lateness_is_reported() {
        List<Lesson> allPresent = TestLessons.voDay(MON, 0, null);
        List<Lesson> oneLate = dayWithLesson(3, Lesson.late(MON, time("11:20"), time("12:10"), 5));
        List<Lesson> oneAbsent = TestLessons.voDay(MON, 1, AbsenceReason.ZIEK);

        assertThat(DataQualityRule.classesWithoutAbsence(Map.of("1A", allPresent, "2B", oneLate, "3C", oneAbsent, "4D", List.of())))
                .containsExactly(new DataQualityIssue(Kind.CLASS_WITHOUT_ABSENCE, "1A", null,
                        "geen enkele afwezigheid of te-laatmelding in 7 lessen"));
    }

    @Test
    void unexplained_morning_absence_followed_by_presence_looks_like_lateness() {
        assertThat(DataQualityRule.latenessAsHalfDayAbsence("100234", TestLessons.voDay(MON, 2, AbsenceReason.ONBEKEND)))
                .containsExactly(new DataQualityIssue(Kind.LATENESS_AS_HALF_DAY_ABSENCE, "100234", MON,
                        "afwezig 08:30-10:10 (2 lessen), daarna aanwezig: te laat geregistreerd als afwezig?"));
        assertThat(DataQualityRule.latenessAsHalfDayAbsence("100234", TestLessons.voDay(MON, 4, AbsenceReason.SPIJBELEN)))
                .extracting(DataQualityIssue::detail)
                .containsExactly("afwezig 08:30-12:10 (4 lessen), daarna aanwezig: te laat geregistreerd als afwezig?");
    }

    /** Issue #21: "(1 lessen)" said one lesson in the plural. */
    @Test
    void one_unexplained_morning_lesson_is_one_les() {
        assertThat(DataQualityRule.latenessAsHalfDayAbsence("100234", TestLessons.voDay(MON, 1, AbsenceReason.ONBEKEND)))
                .extracting(DataQualityIssue::detail)
                .containsExactly("afwezig 08:30-09:20 (1 les), daarna aanwezig: te laat geregistreerd als afwezig?");
    }

    @Test
    void one_missed_lesson_is_one_les_not_one_lessen() {
        assertThat(DataQualityRule.latenessAsHalfDayAbsence("100234", TestLessons.voDay(MON, 1, AbsenceReason.ONBEKEND)))
                .extracting(DataQualityIssue::detail)
                .containsExactly("afwezig 08:30-09:20 (1 les), daarna aanwezig: te laat geregistreerd als afwezig?");
    }

    @Test
    void explained_or_whole_day_or_afternoon_absence_is_not_suspicious() {
        assertThat(DataQualityRule.latenessAsHalfDayAbsence("1", TestLessons.voDay(MON, 2, AbsenceReason.MEDISCH))).isEmpty();
        assertThat(DataQualityRule.latenessAsHalfDayAbsence("1", TestLessons.voDay(MON, 7, AbsenceReason.ONBEKEND))).isEmpty();
        // the 5th lesson starts at 12:40, after the morning
        assertThat(DataQualityRule.latenessAsHalfDayAbsence("1", TestLessons.voDay(MON, 5, AbsenceReason.ONBEKEND))).isEmpty();
        assertThat(DataQualityRule.latenessAsHalfDayAbsence("1", TestLessons.voDay(MON, 0, null))).isEmpty();
    }

    @Test
    void a_pupil_who_is_not_fully_present_afterwards_is_not_suspicious() {
        List<Lesson> absentAgain = new ArrayList<>(TestLessons.voDay(MON, 1, AbsenceReason.ONBEKEND));
        absentAgain.set(5, Lesson.absent(MON, time("13:30"), time("14:20"), AbsenceReason.ONBEKEND));
        List<Lesson> lateLater = new ArrayList<>(TestLessons.voDay(MON, 1, AbsenceReason.ONBEKEND));
        lateLater.set(1, Lesson.late(MON, time("09:20"), time("10:10"), 5));

        assertThat(DataQualityRule.latenessAsHalfDayAbsence("1", absentAgain)).isEmpty();
        assertThat(DataQualityRule.latenessAsHalfDayAbsence("1", lateLater)).isEmpty();
    }

    @Test
    void weekdays_without_registrations_are_reported() {
        Set<LocalDate> schoolDays = new TreeSet<>(DataQualityRule.weekdays(MON, date("2026-09-13")));
        schoolDays.add(date("2026-09-12"));
        Set<LocalDate> registered = Set.of(MON, date("2026-09-08"), date("2026-09-10"));

        assertThat(DataQualityRule.daysWithoutRegistrations(schoolDays, registered)).containsExactly(
                new DataQualityIssue(Kind.DAY_WITHOUT_REGISTRATIONS, "", date("2026-09-09"), "geen registraties op deze schooldag"),
                new DataQualityIssue(Kind.DAY_WITHOUT_REGISTRATIONS, "", date("2026-09-11"), "geen registraties op deze schooldag"));
    }

    @Test
    void weekdays_lists_monday_to_friday_inclusive() {
        assertThat(DataQualityRule.weekdays(date("2026-09-11"), date("2026-09-14")))
                .containsExactly(date("2026-09-11"), date("2026-09-14"));
    }
}
