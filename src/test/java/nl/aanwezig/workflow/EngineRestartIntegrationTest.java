package nl.aanwezig.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import nl.aanwezig.AanwezigApplication;
import nl.aanwezig.attendance.SignalRaised;
import nl.aanwezig.attendance.SignalType;
import nl.aanwezig.cases.CaseStage;
import nl.aanwezig.cases.Cases;
import nl.aanwezig.cases.PupilCase;
import nl.aanwezig.cases.conversation.ConversationService;
import nl.aanwezig.cases.tasks.CaseTask;
import nl.aanwezig.cases.tasks.CaseTasks;
import nl.aanwezig.cases.tasks.OcDecision;
import nl.aanwezig.cases.tasks.OcTaskService;
import nl.aanwezig.support.AsUser;
import nl.aanwezig.support.Eventually;
import nl.aanwezig.support.Routes;
import nl.aanwezig.support.Settled;
import nl.aanwezig.workflow.engine.DurableEngine;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The whole application stopped and started again on the same data directory, at the moments a restart could
 * hurt: after a deadline fired, between a saved form and the engine hearing of it, at a join with one branch done.
 */
class EngineRestartIntegrationTest {

    @Test
    void a_form_saved_before_the_engine_was_told_moves_the_route_once_after_a_restart_and_a_past_deadline_does_not_fire_again()
            throws Exception {
        Path dataDir = Files.createTempDirectory("aanwezig-restart-outbox");
        long caseId;
        long taskId;
        try (ConfigurableApplicationContext first = start(dataDir)) {
            Routes routes = first.getBean(Routes.class);
            var route = routes.emptyChair("rs-outbox", "t-mentor");
            caseId = route.caseId();
            taskId = route.taskId();
            // past the mentor's deadline: the OC gets the overdue task once
            first.getBean(DurableEngine.class).increaseTime(Duration.ofDays(4));
            routes.openTask(caseId, LegeStoelProcess.OC_OVERDUE);
            // the app stops right after the mentor's form committed, before the engine was told
            first.getBean(EngineCommandDispatcher.class).disable();
            AsUser.run("t-mentor", "MENTOR", () -> first.getBean(ConversationService.class)
                    .log(taskId, LegeStoelProcessIntegrationTestForms.refer()));
            assertThat(pending(first)).isEqualTo(1);
        }

        try (ConfigurableApplicationContext second = start(dataDir)) {
            CaseTasks tasks = second.getBean(CaseTasks.class);
            Routes routes = second.getBean(Routes.class);
            routes.openTask(caseId, LegeStoelProcess.OC_INTAKE);
            assertThat(pending(second)).as("the saved command reached the engine").isZero();
            // anything that would happen twice has happened once everything settled
            Settled.await(second.getBean(DurableEngine.class), second.getBean(JdbcTemplate.class), Routes.WAIT);
            assertThat(tasks.findByCaseIdOrderByIdAsc(caseId)).extracting(CaseTask::elementId)
                    .containsExactlyInAnyOrder(LegeStoelProcess.CONTACT_PUPIL, LegeStoelProcess.OC_OVERDUE,
                            LegeStoelProcess.OC_INTAKE);
            assertThat(tasks.findById(taskId).orElseThrow().state()).isEqualTo(CaseTask.State.COMPLETED);
            assertThat(second.getBean(Cases.class).findById(caseId).orElseThrow().stage()).isEqualTo(CaseStage.REFERRED);
        }
    }

    @Test
    void the_mazl_join_completes_across_a_restart_with_one_branch_done() throws Exception {
        Path dataDir = Files.createTempDirectory("aanwezig-restart-join");
        long caseId;
        long adviceId;
        try (ConfigurableApplicationContext first = start(dataDir)) {
            Routes routes = first.getBean(Routes.class);
            var pupil = first.getBean(nl.aanwezig.support.TestData.class).pupil(routes.school(), "rs-join", "2B", "t-mentor");
            LocalDate today = routes.schoolDay();
            first.getBean(TransactionTemplate.class).executeWithoutResult(s -> first
                    .publishEvent(new SignalRaised(pupil.id(), routes.school().id(), SignalType.MAZL, today.minusWeeks(3),
                            today, null, Map.of())));
            caseId = first.getBean(Cases.class).findByPupilIdAndStatus(pupil.id(), PupilCase.Status.OPEN).orElseThrow().id();
            CaseTask oc = routes.openTask(caseId, "mazl-oc");
            adviceId = routes.openTask(caseId, "mazl-advice").id();
            AsUser.run("t-oc", "OC", () -> first.getBean(OcTaskService.class).complete(oc.id(), "Besproken met ouders.",
                    OcDecision.FOLLOWED_UP));
            Eventually.until(() -> pending(first) == 0, Routes.WAIT, "the OC's branch done in the engine");
        }

        try (ConfigurableApplicationContext second = start(dataDir)) {
            AsUser.run("t-jeugdarts", "JEUGDARTS", () -> second.getBean(OcTaskService.class).complete(adviceId,
                    "Rustig opbouwen.", OcDecision.ADVISED));
            JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);
            long instanceKey = jdbc.queryForObject(
                    "select instance_key from workflow_instance where case_id = ? and process_id = 'mazl'", Long.class, caseId);
            Eventually.until(() -> pending(second) == 0 && ended(second, instanceKey), Routes.WAIT,
                    "the join fired and the M@ZL route ended");
        }
    }

    /** An instance that has ended no longer takes variables. */
    private static boolean ended(ConfigurableApplicationContext ctx, long instanceKey) {
        try {
            ctx.getBean(io.camunda.client.CamundaClient.class).newSetVariablesCommand(instanceKey)
                    .variables(Map.of("probe", 1)).send().join();
            return false;
        } catch (io.camunda.client.api.command.ClientStatusException e) {
            return e.getStatusCode() == io.grpc.Status.Code.NOT_FOUND;
        }
    }

    private static int pending(ConfigurableApplicationContext ctx) {
        return ctx.getBean(JdbcTemplate.class).queryForObject("select count(*) from engine_command where sent_at is null",
                Integer.class);
    }

    private static ConfigurableApplicationContext start(Path dataDir) {
        // the test profile's fixture (schools, logins), on a data directory both runs share
        return new SpringApplicationBuilder(AanwezigApplication.class)
                .run("--spring.profiles.active=test", "--aanwezig.db.data-dir=" + dataDir, "--aanwezig.db.port=0",
                        "--aanwezig.engine.port=0", "--aanwezig.demo-data=false", "--server.port=0",
                        "--logging.level.root=warn");
    }
}
