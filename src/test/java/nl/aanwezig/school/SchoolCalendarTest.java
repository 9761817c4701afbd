package nl.aanwezig.school;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class SchoolCalendarTest {

    final SchoolCalendar calendar = new SchoolCalendar();
    final ZoneId ams = ZoneId.of("Europe/Amsterdam");

    @Test
    void on_a_weekend_the_current_school_day_is_the_friday_before() {
        assertThat(calendar.currentSchoolDay(LocalDate.of(2026, 11, 22))).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(calendar.currentSchoolDay(LocalDate.of(2026, 11, 21))).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(calendar.currentSchoolDay(LocalDate.of(2026, 11, 18))).isEqualTo(LocalDate.of(2026, 11, 18));
    }

    @Test
    void one_school_day_after_friday_is_monday_at_the_same_time() {
        var friday = ZonedDateTime.of(2026, 11, 20, 10, 15, 0, 0, ams);
        assertThat(calendar.plusSchoolDays(friday, 1)).isEqualTo(ZonedDateTime.of(2026, 11, 23, 10, 15, 0, 0, ams));
    }

    @Test
    void one_school_day_after_wednesday_is_thursday() {
        var wednesday = ZonedDateTime.of(2026, 11, 18, 9, 0, 0, 0, ams);
        assertThat(calendar.plusSchoolDays(wednesday, 1)).isEqualTo(wednesday.plusDays(1));
    }
}
