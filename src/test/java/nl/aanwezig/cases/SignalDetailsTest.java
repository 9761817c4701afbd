package nl.aanwezig.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import nl.aanwezig.attendance.SignalRaised;
import nl.aanwezig.attendance.SignalType;
import org.junit.jupiter.api.Test;

class SignalDetailsTest {

    static final LocalDate DAY = LocalDate.of(2026, 11, 2);

    @Test
    void a_mazl_signal_names_its_kind_in_dutch() {
        var signal = new SignalRaised(1, 1, SignalType.MAZL, DAY, DAY, "FOURTH_REPORT_IN_12_WEEKS",
                Map.of("mazlKind", "FOURTH_REPORT_IN_12_WEEKS"));
        assertThat(SignalDetails.dutch(signal)).isEqualTo("vierde ziekmelding binnen 12 weken");
        var seventh = new SignalRaised(1, 1, SignalType.MAZL, DAY, DAY, "SEVENTH_CONSECUTIVE_DAY",
                Map.of("mazlKind", "SEVENTH_CONSECUTIVE_DAY"));
        assertThat(SignalDetails.dutch(seventh)).isEqualTo("zevende aaneengesloten ziektedag");
    }

    @Test
    void a_band_change_writes_the_percentage_with_a_comma_and_the_band_in_dutch() {
        var signal = new SignalRaised(1, 1, SignalType.BAND_CHANGE, DAY, DAY, "78.5% (RED)",
                Map.of("attendancePct", 78.5, "band", "RED", "previousBand", "ORANGE"));
        assertThat(SignalDetails.dutch(signal)).isEqualTo("78,5% aanwezig (rood)");
    }

    @Test
    void a_duo_signal_keeps_its_dutch_hours() {
        var signal = new SignalRaised(1, 1, SignalType.DUO_16H, DAY, DAY, "16 uur", Map.of("hours", 16));
        assertThat(SignalDetails.dutch(signal)).isEqualTo("16 uur");
    }

    @Test
    void a_concern_signal_says_its_criterion_in_dutch() {
        var hours = new SignalRaised(1, 1, SignalType.CONCERN, DAY, DAY, "5 uur ongeoorloofd in 2 weken",
                Map.of("criterion", "UNAUTHORISED", "amount", 5, "weeks", 2));
        assertThat(SignalDetails.dutch(hours)).isEqualTo("5 uur ongeoorloofd verzuim in 2 schoolweken");
        var late = new SignalRaised(1, 1, SignalType.CONCERN, DAY, DAY, "3 keer te laat in 2 weken",
                Map.of("criterion", "LATE", "amount", 3, "weeks", 2));
        assertThat(SignalDetails.dutch(late)).isEqualTo("3 keer te laat in 2 schoolweken");
    }
}
