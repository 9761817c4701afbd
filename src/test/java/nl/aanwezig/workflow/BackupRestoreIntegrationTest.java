package nl.aanwezig.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import nl.aanwezig.AanwezigApplication;
import nl.aanwezig.cases.CaseStage;
import nl.aanwezig.cases.Cases;
import nl.aanwezig.cases.conversation.ConversationService;
import nl.aanwezig.cases.tasks.CaseTask;
import nl.aanwezig.cases.tasks.CaseTasks;
import nl.aanwezig.support.AsUser;
import nl.aanwezig.support.Routes;
import nl.aanwezig.support.Settled;
import nl.aanwezig.workflow.engine.DurableEngine;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The backup of the operator's guide (docs/operations.md): the data directory (database, its credentials and the engine's log and
 * snapshots) copied whole while the app is stopped. Restored into a new directory it starts with the routes and the
 * inbox as they were at the backup, in agreement with each other: what happened after the backup is gone from both,
 * and the restored tasks move their routes as before.
 */
class BackupRestoreIntegrationTest {

    @Test
    void a_data_directory_copied_while_stopped_restores_elsewhere_with_the_same_tasks_and_routes_that_still_move()
            throws Exception {
        Path live = Files.createTempDirectory("aanwezig-backup-live");
        Path backup = Files.createTempDirectory("aanwezig-backup-copy").resolve("data");
        Path restored = Files.createTempDirectory("aanwezig-backup-restored").resolve("data");
        long caseId;
        long taskId;
        long jobKey;
        List<String> atBackup;
        try (ConfigurableApplicationContext app = start(live)) {
            Routes routes = app.getBean(Routes.class);
            var first = routes.emptyChair("bk-1", "t-mentor");
            routes.emptyChair("bk-2", "t-mentor");
            Settled.await(app.getBean(DurableEngine.class), app.getBean(JdbcTemplate.class), Routes.WAIT);
            caseId = first.caseId();
            taskId = first.taskId();
            jobKey = app.getBean(CaseTasks.class).findById(taskId).orElseThrow().jobKey();
            atBackup = openSteps(app);
        }
        copyTree(live, backup);

        // the installation goes on after the backup: the mentor's conversation moves the first route
        try (ConfigurableApplicationContext app = start(live)) {
            AsUser.run("t-mentor", "MENTOR", () -> app.getBean(ConversationService.class)
                    .log(taskId, LegeStoelProcessIntegrationTestForms.refer()));
            app.getBean(Routes.class).openTask(caseId, LegeStoelProcess.OC_INTAKE);
        }

        copyTree(backup, restored);
        try (ConfigurableApplicationContext app = start(restored)) {
            Settled.await(app.getBean(DurableEngine.class), app.getBean(JdbcTemplate.class), Routes.WAIT);
            assertThat(openSteps(app)).as("the open steps of the backup, nothing after it").isEqualTo(atBackup);
            CaseTask task = app.getBean(CaseTasks.class).findById(taskId).orElseThrow();
            assertThat(task.isOpen()).as("the conversation after the backup is not in it").isTrue();
            assertThat(task.jobKey()).as("the engine's same job").isEqualTo(jobKey);

            AsUser.run("t-mentor", "MENTOR", () -> app.getBean(ConversationService.class)
                    .log(taskId, LegeStoelProcessIntegrationTestForms.refer()));
            app.getBean(Routes.class).openTask(caseId, LegeStoelProcess.OC_INTAKE);
            assertThat(app.getBean(Cases.class).findById(caseId).orElseThrow().stage()).isEqualTo(CaseStage.REFERRED);
        }
    }

    /** Open tasks as route + step + job, sorted: what the database and the engine must agree on. */
    private static List<String> openSteps(ConfigurableApplicationContext app) {
        return app.getBean(CaseTasks.class).findAll().stream().filter(CaseTask::isOpen)
                .map(t -> t.routeId() + ":" + t.elementId() + ":" + t.jobKey()).sorted().toList();
    }

    /** cp -a: PostgreSQL refuses a data directory whose permissions are wider than its owner's. */
    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            files.forEach(source -> {
                try {
                    Files.copy(source, to.resolve(from.relativize(source).toString()), StandardCopyOption.COPY_ATTRIBUTES);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private static ConfigurableApplicationContext start(Path dataDir) {
        return new SpringApplicationBuilder(AanwezigApplication.class)
                .run("--spring.profiles.active=test", "--aanwezig.db.data-dir=" + dataDir, "--aanwezig.db.port=0",
                        "--aanwezig.engine.port=0", "--aanwezig.demo-data=false", "--server.port=0",
                        "--logging.level.root=warn");
    }
}
