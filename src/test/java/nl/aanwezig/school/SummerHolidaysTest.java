package nl.aanwezig.school;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SummerHolidaysTest {

    @Test
    void each_region_returns_on_its_own_monday_in_2025() {
        assertThat(SummerHolidays.firstSchoolDay(HolidayRegion.ZUID, 2025)).isEqualTo(LocalDate.of(2025, 8, 18));
        assertThat(SummerHolidays.firstSchoolDay(HolidayRegion.NOORD, 2025)).isEqualTo(LocalDate.of(2025, 8, 25));
        assertThat(SummerHolidays.firstSchoolDay(HolidayRegion.MIDDEN, 2025)).isEqualTo(LocalDate.of(2025, 9, 1));
    }

    @Test
    void an_unknown_region_takes_the_latest_return_of_the_three() {
        assertThat(SummerHolidays.firstSchoolDay(null, 2025)).isEqualTo(LocalDate.of(2025, 9, 1));
        assertThat(SummerHolidays.firstSchoolDay(null, 2026)).isEqualTo(LocalDate.of(2026, 8, 31));
        assertThat(SummerHolidays.firstSchoolDay(null, 2023)).isEqualTo(LocalDate.of(2023, 9, 4));
    }

    @Test
    void a_year_beyond_the_table_takes_the_monday_of_week_36() {
        LocalDate day = SummerHolidays.firstSchoolDay(HolidayRegion.NOORD, 2030);
        assertThat(day).isEqualTo(LocalDate.of(2030, 9, 2));
        assertThat(day.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(SummerHolidays.firstSchoolDay(null, 2031)).isEqualTo(LocalDate.of(2031, 9, 1));
    }
}
