package nl.aanwezig.attendance.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class BandCutoffsTest {

    private static Band band(BandCutoffs cutoffs, String pct) {
        return cutoffs.classify(new BigDecimal(pct));
    }

    @Test
    void values_exactly_on_a_default_cutoff_belong_to_the_higher_band() {
        assertThat(band(BandCutoffs.DEFAULT, "95.0")).isEqualTo(Band.GREEN);
        assertThat(band(BandCutoffs.DEFAULT, "80")).isEqualTo(Band.YELLOW);
        assertThat(band(BandCutoffs.DEFAULT, "50.0")).isEqualTo(Band.ORANGE);
    }

    @Test
    void values_just_below_a_default_cutoff_belong_to_the_lower_band() {
        assertThat(band(BandCutoffs.DEFAULT, "94.9")).isEqualTo(Band.YELLOW);
        assertThat(band(BandCutoffs.DEFAULT, "79.9")).isEqualTo(Band.ORANGE);
        assertThat(band(BandCutoffs.DEFAULT, "49.9")).isEqualTo(Band.RED);
    }

    @Test
    void default_set_covers_the_extremes() {
        assertThat(band(BandCutoffs.DEFAULT, "100.0")).isEqualTo(Band.GREEN);
        assertThat(band(BandCutoffs.DEFAULT, "0.0")).isEqualTo(Band.RED);
        assertThat(BandCutoffs.DEFAULT.name()).isEqualTo("standaard");
    }

    @Test
    void three_tier_set_has_green_yellow_and_red_but_never_orange() {
        assertThat(band(BandCutoffs.MDMTSS_3_TIER, "95.0")).isEqualTo(Band.GREEN);
        assertThat(band(BandCutoffs.MDMTSS_3_TIER, "94.9")).isEqualTo(Band.YELLOW);
        assertThat(band(BandCutoffs.MDMTSS_3_TIER, "90.0")).isEqualTo(Band.YELLOW);
        assertThat(band(BandCutoffs.MDMTSS_3_TIER, "89.9")).isEqualTo(Band.RED);
        assertThat(band(BandCutoffs.MDMTSS_3_TIER, "60.0")).isEqualTo(Band.RED);
    }

    @Test
    void cutoffs_must_descend_and_stay_within_0_and_100() {
        assertThatThrownBy(() -> new BandCutoffs("x", new BigDecimal("101"), new BigDecimal("80"), new BigDecimal("50")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BandCutoffs("x", new BigDecimal("90"), new BigDecimal("95"), new BigDecimal("50")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BandCutoffs("x", new BigDecimal("95"), new BigDecimal("80"), new BigDecimal("85")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BandCutoffs("x", new BigDecimal("95"), new BigDecimal("80"), new BigDecimal("-1")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new BandCutoffs("regio", new BigDecimal("100"), new BigDecimal("0"), new BigDecimal("0"))
                .classify(new BigDecimal("99.9"))).isEqualTo(Band.YELLOW);
    }

    @Test
    void the_band_of_minutes_is_decided_on_the_exact_fraction_not_on_the_rounded_percentage() {
        // 9898 of 10420 minutes is 94.99%: rounded 95.0, but below green >= 95
        assertThat(BandCutoffs.DEFAULT.classify(9898, 10420)).isEqualTo(Band.YELLOW);
        assertThat(BandCutoffs.DEFAULT.classify(9899, 10420)).isEqualTo(Band.GREEN);
        assertThat(BandCutoffs.DEFAULT.classify(7999, 10000)).isEqualTo(Band.ORANGE);
        assertThat(BandCutoffs.DEFAULT.classify(8000, 10000)).isEqualTo(Band.YELLOW);
        assertThat(BandCutoffs.DEFAULT.classify(0, 0)).isNull();
    }

    @Test
    void a_shown_percentage_never_crosses_into_another_band_than_the_exact_fraction() {
        assertThat(BandCutoffs.DEFAULT.shownPct(9898, 10420)).isEqualTo(new BigDecimal("94.9"));
        assertThat(BandCutoffs.DEFAULT.shownPct(7996, 10000)).isEqualTo(new BigDecimal("79.9"));
        assertThat(BandCutoffs.DEFAULT.shownPct(4999, 10000)).isEqualTo(new BigDecimal("49.9"));
        // away from a cut-off the usual half-up rounding
        assertThat(BandCutoffs.DEFAULT.shownPct(8746, 10000)).isEqualTo(new BigDecimal("87.5"));
        assertThat(BandCutoffs.DEFAULT.shownPct(9996, 10000)).isEqualTo(new BigDecimal("100.0"));
        assertThat(BandCutoffs.DEFAULT.shownPct(1, 0)).isNull();
        // a region's cut-off finer than a tenth: more decimals rather than a figure in the wrong band
        BandCutoffs fine = new BandCutoffs("fijn", new BigDecimal("94.95"), new BigDecimal("80"), new BigDecimal("50"));
        BigDecimal shown = fine.shownPct(94_949, 100_000);
        assertThat(fine.classify(shown)).isEqualTo(Band.YELLOW).isEqualTo(fine.classify(94_949, 100_000));
    }
}
