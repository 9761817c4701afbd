package nl.aanwezig.attendance.domain;

import static nl.aanwezig.attendance.domain.TestLessons.date;
import static nl.aanwezig.attendance.domain.TestLessons.time;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LessonTest {

    private static final LocalDate DAY = date("2026-09-07");

    @Test
    void status_parse_ignores_case_and_whitespace() {
        assertThat(AttendanceStatus.parse(" Te_Laat ")).isEqualTo(AttendanceStatus.TE_LAAT);
        assertThat(AttendanceStatus.parse("AFWEZIG")).isEqualTo(AttendanceStatus.AFWEZIG);
    }

    @Test
    void unknown_status_gives_a_dutch_message() {
        assertThatThrownBy(() -> AttendanceStatus.parse(" weg "))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("onbekende status 'weg'");
    }

    @Test
    void reason_parse_and_csv_value_round_trip() {
        for (AbsenceReason reason : AbsenceReason.values()) {
            assertThat(AbsenceReason.parse(reason.csvValue().toUpperCase())).isEqualTo(reason);
        }
        assertThat(AbsenceReason.LUXEVERZUIM.csvValue()).isEqualTo("luxeverzuim");
    }

    @Test
    void unknown_reason_gives_a_dutch_message() {
        assertThatThrownBy(() -> AbsenceReason.parse("x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("onbekende reden 'x'");
    }

    @Test
    void only_spijbelen_luxeverzuim_and_onbekend_are_unauthorised() {
        assertThat(java.util.Arrays.stream(AbsenceReason.values()).filter(r -> !r.authorised()))
                .containsExactly(AbsenceReason.SPIJBELEN, AbsenceReason.LUXEVERZUIM, AbsenceReason.ONBEKEND);
    }

    @Test
    void a_50_minute_lesson_10_minutes_late_is_40_minutes_present() {
        Lesson lesson = Lesson.late(DAY, time("08:30"), time("09:20"), 10);
        assertThat(lesson.scheduledMinutes()).isEqualTo(50);
        assertThat(lesson.presentMinutes()).isEqualTo(40);
        assertThat(lesson.unauthorisedAbsence()).isFalse();
        assertThat(lesson.authorisedAbsence()).isFalse();
    }

    @Test
    void present_lesson_counts_in_full_and_absent_lesson_not_at_all() {
        assertThat(Lesson.present(DAY, time("08:30"), time("09:20")).presentMinutes()).isEqualTo(50);
        Lesson truant = Lesson.absent(DAY, time("08:30"), time("09:20"), AbsenceReason.SPIJBELEN);
        assertThat(truant.presentMinutes()).isZero();
        assertThat(truant.unauthorisedAbsence()).isTrue();
        assertThat(Lesson.absent(DAY, time("08:30"), time("09:20"), AbsenceReason.ZIEK).authorisedAbsence()).isTrue();
    }

    @Test
    void end_must_be_after_start() {
        assertThatThrownBy(() -> Lesson.present(DAY, time("09:20"), time("09:20")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void reason_is_required_exactly_for_absence() {
        assertThatThrownBy(() -> new Lesson(DAY, time("08:30"), time("09:20"), AttendanceStatus.AFWEZIG, null, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Lesson(DAY, time("08:30"), time("09:20"), AttendanceStatus.AANWEZIG, AbsenceReason.ZIEK, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void lateness_must_be_positive_and_shorter_than_the_lesson() {
        assertThatThrownBy(() -> Lesson.late(DAY, time("08:30"), time("09:20"), 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Lesson.late(DAY, time("08:30"), time("09:20"), 50)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Lesson.late(DAY, time("08:30"), time("09:20"), 49).presentMinutes()).isEqualTo(1);
        assertThatThrownBy(() -> new Lesson(DAY, time("08:30"), time("09:20"), AttendanceStatus.AANWEZIG, null, 5))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
