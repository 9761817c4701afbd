package nl.aanwezig.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The one mapping from signal to DUO report kind. */
class SignalTypeTest {

    @Test
    void the_duo_signals_are_reports_of_the_kind_of_the_same_name() {
        // the route's reportType variable and duo_report.type carry these names
        assertThat(SignalType.DUO_16H.reportKind()).contains(DuoReportKind.DUO_16H);
        assertThat(SignalType.LUXE.reportKind()).contains(DuoReportKind.LUXE);
        assertThat(SignalType.LRV.reportKind()).contains(DuoReportKind.LRV);
        Arrays.stream(SignalType.values()).forEach(t -> t.reportKind()
                .ifPresent(k -> assertThat(k.name()).isEqualTo(t.name())));
    }

    @Test
    void the_other_signals_are_no_report() {
        assertThat(Arrays.stream(SignalType.values()).filter(t -> t.reportKind().isEmpty()))
                .containsExactlyInAnyOrder(SignalType.EMPTY_CHAIR, SignalType.MAZL, SignalType.BAND_CHANGE,
                        SignalType.CONCERN);
    }

    @Test
    void raising_is_the_inverse() {
        assertThat(SignalType.raising(DuoReportKind.DUO_16H)).isEqualTo(SignalType.DUO_16H);
        assertThat(SignalType.raising(DuoReportKind.LUXE)).isEqualTo(SignalType.LUXE);
        assertThat(SignalType.raising(DuoReportKind.LRV)).isEqualTo(SignalType.LRV);
        assertThatThrownBy(() -> SignalType.raising(DuoReportKind.RMC)).isInstanceOf(IllegalArgumentException.class);
    }
}
