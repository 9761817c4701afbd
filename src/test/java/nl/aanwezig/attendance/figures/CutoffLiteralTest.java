package nl.aanwezig.attendance.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Cut-offs go into the band-counting SQL in tenths: whole tenths as integers, a finer cut-off exactly as numeric. */
class CutoffLiteralTest {

    @Test
    void whole_tenths_are_integers_and_finer_cutoffs_stay_exact() {
        assertThat(FiguresQueries.tenths(new BigDecimal("95"))).isEqualTo("950");
        assertThat(FiguresQueries.tenths(new BigDecimal("95.0"))).isEqualTo("950");
        assertThat(FiguresQueries.tenths(new BigDecimal("92.5"))).isEqualTo("925");
        assertThat(FiguresQueries.tenths(new BigDecimal("0"))).isEqualTo("0");
        assertThat(FiguresQueries.tenths(new BigDecimal("100"))).isEqualTo("1000");
        assertThat(FiguresQueries.tenths(new BigDecimal("92.55"))).isEqualTo("925.5::numeric");
    }
}
