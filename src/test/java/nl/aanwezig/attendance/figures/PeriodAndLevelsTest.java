package nl.aanwezig.attendance.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import nl.aanwezig.attendance.domain.Band;
import org.junit.jupiter.api.Test;

class PeriodAndLevelsTest {

    @Test
    void level_is_the_first_number_in_the_class_name() {
        assertThat(Levels.of("2B")).hasValue(2);
        assertThat(Levels.of("groep 6")).hasValue(6);
        assertThat(Levels.of("H4a")).hasValue(4);
        assertThat(Levels.of("vwo 12x")).hasValue(12);
        assertThat(Levels.of("brugklas")).isEmpty();
        assertThat(Levels.of(null)).isEmpty();
    }

    @Test
    void school_year_runs_from_1_august_to_31_july() {
        assertThat(Period.schoolYear(2026)).isEqualTo(new Period(LocalDate.of(2026, 8, 1), LocalDate.of(2027, 7, 31)));
        assertThat(Period.schoolYearOf(LocalDate.of(2026, 7, 31))).isEqualTo(2025);
        assertThat(Period.schoolYearOf(LocalDate.of(2026, 8, 1))).isEqualTo(2026);
    }

    @Test
    void week_month_and_first_month() {
        assertThat(Period.week(LocalDate.of(2026, 9, 10))).isEqualTo(new Period(LocalDate.of(2026, 9, 7), LocalDate.of(2026, 9, 13)));
        assertThat(Period.month(YearMonth.of(2027, 2))).isEqualTo(new Period(LocalDate.of(2027, 2, 1), LocalDate.of(2027, 2, 28)));
        assertThat(Period.month(YearMonth.of(2027, 2)).wholeMonths()).isTrue();
        assertThat(Period.week(LocalDate.of(2026, 9, 10)).wholeMonths()).isFalse();
        assertThat(Period.firstMonthOfSchoolYear(2026, LocalDate.of(2026, 8, 31)))
                .isEqualTo(new Period(LocalDate.of(2026, 8, 31), LocalDate.of(2026, 9, 27)));
        assertThat(Period.firstMonthOfSchoolYear(2026, null).from()).isEqualTo(LocalDate.of(2026, 8, 1));
        assertThatThrownBy(() -> Period.firstMonthOfSchoolYear(2026, LocalDate.of(2026, 7, 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Period.custom(LocalDate.of(2026, 9, 2), LocalDate.of(2026, 9, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void band_policy_picks_the_configured_set() {
        assertThat(BandPolicy.of("standaard").classify(new BigDecimal("85"))).isEqualTo(Band.YELLOW);
        assertThat(BandPolicy.of("mdmtss3").classify(new BigDecimal("85"))).isEqualTo(Band.RED);
        assertThat(BandPolicy.of("mdmtss3").classify(null)).isNull();
        BandPolicy custom = new BandPolicy("custom", new BigDecimal("97"), new BigDecimal("90"), new BigDecimal("60"));
        assertThat(custom.classify(new BigDecimal("96.9"))).isEqualTo(Band.YELLOW);
        assertThat(custom.classify(new BigDecimal("60"))).isEqualTo(Band.ORANGE);
        assertThatThrownBy(() -> BandPolicy.of("anders")).isInstanceOf(IllegalArgumentException.class);
    }
}
