package nl.aanwezig.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import nl.aanwezig.attendance.SignalType;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

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
    void every_signal_a_model_names_is_a_signal_the_app_raises() throws IOException {
        assertThat(SignalStarts.read(new PathMatchingResourcePatternResolver().getResources(ProcessDeployer.MODELS))
                .keySet()).allSatisfy(name -> assertThat(SignalType.valueOf(name)).isNotNull());
    }

    @Test
    void a_signal_two_models_claim_stops_the_start_naming_both() {
        assertThatThrownBy(() -> SignalStarts.read(model("first", "MAZL"), model("second", "MAZL,LUXE")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Signal MAZL starts both first and second: a signal starts one route");
    }

    private static ByteArrayResource model(String processId, String signals) {
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                                  xmlns:zeebe="http://camunda.org/schema/zeebe/1.0" id="d-%1$s"
                                  targetNamespace="https://aanwezig.nl/test">
                  <bpmn:process id="%1$s" isExecutable="true">
                    <bpmn:startEvent id="start-%1$s">
                      <bpmn:extensionElements>
                        <zeebe:properties><zeebe:property name="signals" value="%2$s" /></zeebe:properties>
                      </bpmn:extensionElements>
                    </bpmn:startEvent>
                  </bpmn:process>
                </bpmn:definitions>
                """.formatted(processId, signals);
        return new ByteArrayResource(xml.getBytes(StandardCharsets.UTF_8));
    }
}
