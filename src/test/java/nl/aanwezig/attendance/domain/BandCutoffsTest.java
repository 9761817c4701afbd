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
}
