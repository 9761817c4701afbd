package nl.aanwezig.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.aanwezig.AanwezigApplication;
import nl.aanwezig.cases.CaseStage;
import nl.aanwezig.cases.Cases;
import nl.aanwezig.cases.conversation.ConversationService;
import nl.aanwezig.cases.tasks.CaseTask;
import nl.aanwezig.cases.tasks.CaseTasks;
import nl.aanwezig.cases.tasks.TaskItem;
import nl.aanwezig.cases.tasks.TaskService;
import nl.aanwezig.support.AsUser;
import nl.aanwezig.support.Eventually;
import nl.aanwezig.support.Routes;
import nl.aanwezig.support.Settled;
import nl.aanwezig.workflow.engine.DurableEngine;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Stops the whole application and starts it again on the same data directory, as a user would with
 * the embedded default: the engine replays its own log, so every route is where it was, with the same jobs, and
 * the open tasks can be completed.
 */
class RestartIntegrationTest {

    @Test
    void open_tasks_survive_a_restart_and_can_still_be_completed() throws Exception {
        Path dataDir = Files.createTempDirectory("aanwezig-restart");
        List<TaskItem> before;
        List<String> stepsBefore;
        long oldJobKey;
        try (ConfigurableApplicationContext first = start(dataDir)) {
            CaseTasks tasks = first.getBean(CaseTasks.class);
            Eventually.until(() -> openSteps(tasks).stream().filter(s -> s.endsWith(LegeStoelProcess.CONTACT_PUPIL)).count() == 4,
                    Routes.WAIT, "the demo's four mentor tasks");
            // the other signals' routes (M@ZL, DUO) create their tasks too
            Settled.await(first.getBean(DurableEngine.class), first.getBean(JdbcTemplate.class), Routes.WAIT);
            stepsBefore = openSteps(tasks);
            before = AsUser.call("mentor", "MENTOR", () -> first.getBean(TaskService.class).inbox());
            assertThat(before).isNotEmpty();
            oldJobKey = tasks.findById(before.get(0).taskId()).orElseThrow().jobKey();
        }

        try (ConfigurableApplicationContext second = start(dataDir)) {
            CaseTasks tasks = second.getBean(CaseTasks.class);
            assertThat(openSteps(tasks)).as("every open step of every route is still there").isEqualTo(stepsBefore);
            List<TaskItem> after = AsUser.call("mentor", "MENTOR", () -> second.getBean(TaskService.class).inbox());
            assertThat(after).extracting(TaskItem::taskId).containsExactlyElementsOf(before.stream().map(TaskItem::taskId).toList());
            long taskId = before.get(0).taskId();
            CaseTask rebound = tasks.findById(taskId).orElseThrow();
            assertThat(rebound.jobKey()).as("the same job: nothing was recreated").isEqualTo(oldJobKey);
            AsUser.run("mentor", "MENTOR", () -> second.getBean(ConversationService.class)
                    .log(rebound.id(), LegeStoelProcessIntegrationTestForms.refer()));
            Eventually.until(() -> tasks.findByCaseIdAndElementIdAndState(rebound.caseId(), LegeStoelProcess.OC_INTAKE,
                    CaseTask.State.OPEN).isPresent(), Routes.WAIT, "the OC's intake task after the restart");
            assertThat(second.getBean(Cases.class).findById(rebound.caseId()).orElseThrow().stage())
                    .isEqualTo(CaseStage.REFERRED);
            assertThat(openSteps(tasks)).as("no task created twice after the restart")
                    .hasSize(stepsBefore.size()).doesNotHaveDuplicates();
        }
    }

    /** Open tasks as route + step, sorted: what a restart must keep. */
    private static List<String> openSteps(CaseTasks tasks) {
        return tasks.findAll().stream().filter(CaseTask::isOpen).map(t -> t.routeId() + ":" + t.elementId()).sorted().toList();
    }

    private static ConfigurableApplicationContext start(Path dataDir) {
        // arguments, not builder properties: those are defaults that application.yml would override
        return new SpringApplicationBuilder(AanwezigApplication.class)
                .run("--aanwezig.db.data-dir=" + dataDir, "--aanwezig.db.port=0", "--aanwezig.engine.port=0",
                        "--aanwezig.demo-data=true", "--aanwezig.demo-journeys=false", "--server.port=0",
                        "--logging.level.root=warn");
    }
}
