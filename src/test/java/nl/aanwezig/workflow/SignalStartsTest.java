package nl.aanwezig.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import nl.aanwezig.attendance.SignalType;
import org.junit.jupiter.api.Test;

/** Which route a signal starts and which partner joins with it: read from the models' start events. */
class SignalStartsTest {

    final SignalStarts starts = new SignalStarts();

    @Test
    void each_signal_starts_the_route_its_model_names_with_the_partner_it_brings_in() {
        assertThat(starts.of("MAZL")).contains(new SignalStarts.Start(MazlProcess.ID, "JEUGDARTS"));
        assertThat(starts.of("DUO_16H")).contains(new SignalStarts.Start(DuoProcess.ID, "LEERPLICHT"));
        assertThat(starts.of("LUXE")).contains(new SignalStarts.Start(DuoProcess.ID, "LEERPLICHT"));
        assertThat(starts.of("LRV")).contains(new SignalStarts.Start(DuoProcess.ID, "LEERPLICHT"));
        assertThat(starts.of("BAND_CHANGE")).contains(new SignalStarts.Start(BandReviewProcess.ID, null));
        assertThat(starts.of("CONCERN")).contains(new SignalStarts.Start(ConcernProcess.ID, null));
    }

    @Test
    void the_empty_chair_and_data_quality_start_no_signal_route() {
        // the empty chair's route starts with the case itself (CaseOpened)
        assertThat(starts.of(SignalType.EMPTY_CHAIR.name())).isEmpty();
        assertThat(starts.of("NO_SUCH_SIGNAL")).isEmpty();
    }

    @Test
    void every_signal_a_model_names_is_a_signal_the_app_raises() {
        assertThat(SignalStarts.read(new org.springframework.core.io.support.PathMatchingResourcePatternResolver())
                .keySet()).allSatisfy(name -> assertThat(SignalType.valueOf(name)).isNotNull());
    }
}
