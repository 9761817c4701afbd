package nl.aanwezig.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.CamundaClient;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.aanwezig.attendance.figures.BandPolicy;
import nl.aanwezig.support.IntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The DMN {@code attendance-band} evaluated by the real engine agrees with the Java cut-offs that the
 * dashboards use, for both named sets and a region's own, so the table and the code cannot drift apart.
 */
@IntegrationTest
class AttendanceBandDmnIntegrationTest {

    private static final List<String> EDGES = List.of("0", "49.9", "50", "50.0", "79.9", "80", "89.9", "90", "94.9",
            "95", "95.0", "99.9", "100");

    @Autowired CamundaClient zeebe;

    @ParameterizedTest
    @ValueSource(strings = {BandPolicy.STANDARD, BandPolicy.MDMTSS3})
    void dmn_agrees_with_the_java_cutoffs_on_every_edge_and_every_whole_percent(String set) {
        BandPolicy java = BandPolicy.of(set);
        for (BigDecimal pct : values()) {
            assertThat(evaluate(set, pct)).as(set + " " + pct).isEqualTo(java.classify(pct).name());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {BandPolicy.STANDARD, BandPolicy.MDMTSS3})
    void a_value_on_a_cutoff_belongs_to_the_higher_band(String set) {
        assertThat(evaluate(set, new BigDecimal("95"))).isEqualTo("GREEN");
        assertThat(evaluate(set, new BigDecimal("94.9"))).isEqualTo("YELLOW");
        if (set.equals(BandPolicy.STANDARD)) {
            assertThat(evaluate(set, new BigDecimal("80"))).isEqualTo("YELLOW");
            assertThat(evaluate(set, new BigDecimal("50"))).isEqualTo("ORANGE");
            assertThat(evaluate(set, new BigDecimal("49.9"))).isEqualTo("RED");
        } else {
            assertThat(evaluate(set, new BigDecimal("90"))).isEqualTo("YELLOW");
            assertThat(evaluate(set, new BigDecimal("89.9"))).isEqualTo("RED");
        }
    }

    /** A region's own set, also one without orange (orange = yellow), decided by the same table with its cut-offs. */
    @ParameterizedTest
    @ValueSource(strings = {"92.5/85/60", "97/90/90", "90/70/40.5"})
    void a_regions_own_set_is_decided_by_the_dmn_with_its_cutoffs_as_variables(String set) {
        String[] c = set.split("/");
        BandPolicy java = BandPolicy.custom(new BigDecimal(c[0]), new BigDecimal(c[1]), new BigDecimal(c[2]));
        List<BigDecimal> values = new ArrayList<>(values());
        for (String edge : c) {
            BigDecimal e = new BigDecimal(edge);
            values.addAll(List.of(e, e.subtract(new BigDecimal("0.1")), e.add(new BigDecimal("0.1"))));
        }
        for (BigDecimal pct : values) {
            Map<String, Object> vars = new HashMap<>(java.decisionVariables());
            vars.put("attendancePct", pct);
            assertThat(evaluate(vars)).as(set + " " + pct).isEqualTo(java.classify(pct).name());
        }
    }

    private static List<BigDecimal> values() {
        List<BigDecimal> out = new ArrayList<>();
        EDGES.forEach(v -> out.add(new BigDecimal(v)));
        for (int i = 0; i <= 100; i += 1) {
            out.add(BigDecimal.valueOf(i));
        }
        return out;
    }

    private String evaluate(String set, BigDecimal pct) {
        return evaluate(Map.of("attendancePct", pct, "cutoffSet", set));
    }

    private String evaluate(Map<String, Object> variables) {
        String output = zeebe.newEvaluateDecisionCommand().decisionId("attendance-band").variables(variables).send()
                .join().getDecisionOutput();
        return output.replace("\"", "");
    }
}
