package nl.aanwezig.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.CamundaClient;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import nl.aanwezig.legal.absolute.AbsoluteAbsenceService;
import nl.aanwezig.legal.absolute.Registration;
import nl.aanwezig.support.AsUser;
import nl.aanwezig.support.Eventually;
import nl.aanwezig.support.IntegrationTest;
import nl.aanwezig.support.Routes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A follow-up of absoluut verzuim whose job the engine withdrew leaves the inbox at the next probe, through the legal
 * module's inbox: the case inbox no longer claims the task table's case-less tasks.
 */
@IntegrationTest
class AbsoluteAbsenceWithdrawnTaskIntegrationTest {

    @Autowired AbsoluteAbsenceService service;
    @Autowired TaskLiveness liveness;
    @Autowired CamundaClient client;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    @Test
    void a_follow_up_whose_job_the_engine_withdrew_is_cancelled_at_the_next_probe() {
        LocalDate today = LocalDate.now(clock);
        long id = AsUser.call("t-lp-regio", "LEERPLICHT", () -> service.register(new Registration("Fien", "Weg",
                today.minusYears(9), null, today.minusWeeks(2), "Huisbezoek gepland.")));
        long taskId = Eventually.get(() -> jdbc.query(
                "select id from task where absolute_absence_id = ? and state = 'OPEN'", (rs, i) -> rs.getLong(1), id)
                .stream().findFirst(), Routes.WAIT, "follow-up task");
        long instance = Eventually.get(() -> Optional.ofNullable(jdbc.queryForObject(
                "select instance_key from workflow_instance where route_key = ?", Long.class,
                AbsoluteAbsenceProcess.routeKey(id))), Routes.WAIT, "instance key");
        // the engine ends the instance behind the app's back (an operator, a migration): its job is gone
        client.newCancelInstanceCommand(instance).send().join();

        liveness.probe();

        assertThat(jdbc.queryForObject("select state from task where id = ?", String.class, taskId)).isEqualTo("CANCELLED");
        assertThat(jdbc.queryForObject("select status from absolute_absence where id = ?", String.class, id))
                .as("the record stays").isEqualTo("OPEN");
    }
}
