package nl.aanwezig.attendance.signals;

import static io.camunda.zeebe.process.test.assertions.BpmnAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.process.test.assertions.BpmnAssert;
import io.camunda.zeebe.process.test.filters.RecordStream;
import io.camunda.zeebe.process.test.inspections.model.InspectedProcessInstance;
import nl.aanwezig.attendance.SignalType;
import nl.aanwezig.cases.PupilCase;
import nl.aanwezig.cases.tasks.CaseTask;
import nl.aanwezig.school.Pupil;
import nl.aanwezig.support.Eventually;
import nl.aanwezig.support.IntegrationTest;
import nl.aanwezig.support.Routes;
import nl.aanwezig.workflow.engine.DurableEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A pupil sliding into orange gets a case and a plan task; the engine decides the band with the DMN. */
@IntegrationTest
class BandChangeIntegrationTest extends SignalScenario {

    @Autowired DurableEngine engine;
    @Autowired JdbcTemplate jdbc;

    @Test
    void sliding_into_orange_raises_one_band_change_and_the_engine_routes_it_to_the_sat_analysis() {
        Pupil orange = data.pupil(routes.school(), "b-orange", "4A", "t-mentor");
        Pupil yellow = data.pupil(routes.school(), "b-yellow", "4A", "t-mentor");
        // three weeks of 4 lessons a day: two of every day missed (medisch) = 50% present, orange;
        // the first lesson on Mondays and Tuesdays missed = 2 of 20 a week = 90%, yellow
        registrations.insert(weeks(orange, 3, (day, i) -> i < 2 ? "medisch" : null));
        registrations.insert(weeks(yellow, 3,
                (day, i) -> i == 0 && day.getDayOfWeek().getValue() <= 2 ? "medisch" : null));
        imported(3);

        var changes = signals.ofSchool(routes.school().id(), SignalType.BAND_CHANGE, MONDAY,
                MONDAY.plusWeeks(5));
        assertThat(changes).extracting(s -> s.leerling()).contains("b-orange").doesNotContain("b-yellow");
        assertThat(jdbc.queryForObject("select band from pupil_band where pupil_id = ?", String.class, yellow.id()))
                .as("90% is yellow: remembered, not signalled").isEqualTo("YELLOW");

        PupilCase c = cases.findByPupilIdAndStatus(orange.id(), PupilCase.Status.OPEN).orElseThrow();
        CaseTask analysis = routes.openTask(c.id(), "sat-analysis");
        assertThat(analysis.candidateGroup()).isEqualTo("sat");
        long instance = jdbc.queryForObject(
                "select instance_key from workflow_instance where case_id = ? and process_id = 'band-review'", Long.class, c.id());
        BpmnAssert.initRecordStream(RecordStream.of(engine.getRecordStreamSource()));
        Eventually.asserted(() -> assertThat(new InspectedProcessInstance(instance)).hasPassedElement("decide-band")
                .hasVariableWithValue("decidedBand", "ORANGE").hasPassedElement("start-tier3").isCompleted(), Routes.WAIT);
        // the tier-3 route decides again on the figures of the school year so far: orange advises the orange plan
        assertThat(analysis.context()).contains("\"advice\":\"ORANGE\"");

        imported(3);
        assertThat(signals.ofSchool(routes.school().id(), SignalType.BAND_CHANGE, MONDAY,
                MONDAY.plusWeeks(5))).filteredOn(s -> s.leerling().equals("b-orange")).hasSize(1);
    }
}
