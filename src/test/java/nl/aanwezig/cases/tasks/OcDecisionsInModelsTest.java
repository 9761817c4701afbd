package nl.aanwezig.cases.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeHeader;
import java.io.File;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The decisions a model offers on a task (its "decisions" header) are decisions the app knows. */
class OcDecisionsInModelsTest {

    @Test
    void every_decision_a_model_offers_is_an_oc_decision() {
        Map<String, String> offered = new TreeMap<>();
        for (File f : new File("bpmn").listFiles((dir, name) -> name.endsWith(".bpmn"))) {
            Bpmn.readModelFromFile(f).getModelElementsByType(ZeebeHeader.class).stream()
                    .filter(h -> "decisions".equals(h.getKey()))
                    .forEach(h -> offered.put(f.getName() + ":" + h.getParentElement().getParentElement()
                            .getParentElement().getAttributeValue("id"), h.getValue()));
        }
        assertThat(offered).containsEntry("lege-stoel.bpmn:oc-intake", "ANALYSIS,CLOSE")
                .containsEntry("duo-melding.bpmn:duo-report", "REPORTED")
                .containsEntry("mazl.bpmn:mazl-advice", "ADVISED");
        offered.values().forEach(list -> Arrays.stream(list.split(","))
                .forEach(d -> assertThat(OcDecision.valueOf(d.strip())).isNotNull()));
    }
}
