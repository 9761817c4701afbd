package nl.aanwezig.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import io.camunda.zeebe.client.ZeebeClient;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import nl.aanwezig.support.Eventually;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The engine around its log's failure paths: a damaged log at a start, a failing disk, a plain restart. */
class DurableEngineFailurePathsTest {

    private static final Duration REPLAY = Duration.ofSeconds(60);
    private Path dir;
    private DurableEngine engine;
    private ZeebeClient client;

    @BeforeEach
    void dir() throws Exception {
        dir = Files.createTempDirectory("durable-engine-failures");
    }

    @AfterEach
    void close() {
        stop();
        StateSnapshots.deleteTree(dir);
    }

    private void start() {
        engine = DurableEngine.open(DurableEngine.Settings.at(dir).withSegmentBytes(64 * 1024), REPLAY);
        client = engine.createClient();
    }

    private void stop() {
        if (client != null) {
            client.close();
            client = null;
        }
        if (engine != null) {
            engine.stop();
            engine = null;
        }
    }

    private void deployTask(String processId) {
        client.newDeployResourceCommand().addProcessModel(Bpmn.createExecutableProcess(processId).startEvent()
                .serviceTask("task", t -> t.zeebeJobType(processId)).endEvent().done(), processId + ".bpmn")
                .send().join();
    }

    private long startInstance(String processId) {
        return client.newCreateInstanceCommand().bpmnProcessId(processId).latestVersion().variables(Map.of())
                .send().join().getProcessInstanceKey();
    }

    /**
     * The app's job workers poll all the time; polls written to the log just before a stop or crash are
     * processed after the start, and their answers have nobody to go to: that must not be an error.
     */
    @Test
    void requests_left_unanswered_by_a_stop_are_processed_after_the_start_without_a_stack_trace() throws Exception {
        start();
        deployTask("plain");
        startInstance("plain");
        engine.waitForIdleState(Duration.ofSeconds(10));
        ListAppender<ILoggingEvent> captured = captureRootLog();
        try {
            engine.pauseProcessing();
            long before = engine.footprint().highestPosition();
            List<CompletableFuture<?>> polls = new ArrayList<>();
            for (String type : List.of("none-1", "none-2", "none-3")) {
                polls.add(client.newActivateJobsCommand().jobType(type).maxJobsToActivate(1)
                        .requestTimeout(Duration.ofSeconds(30)).send().toCompletableFuture());
            }
            Eventually.until(() -> engine.footprint().highestPosition() >= before + 3, Duration.ofSeconds(10),
                    "the polls to be in the log");
            client.close();
            engine.halt();
            polls.forEach(p -> p.cancel(true));

            start();
            assertThat(client.newActivateJobsCommand().jobType("plain").maxJobsToActivate(1).send().join().getJobs())
                    .as("the engine works after processing the orphaned polls").hasSize(1);
            stop();
            start();
            engine.waitForIdleState(Duration.ofSeconds(10));
        } finally {
            release(captured);
        }

        assertThat(problems(captured)).noneMatch(t -> t.contains("NullPointerException"))
                .noneMatch(t -> t.contains("GatewayRequestStore"));
    }

    private static ListAppender<ILoggingEvent> captureRootLog() {
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        captured.start();
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).addAppender(captured);
        return captured;
    }

    private static void release(ListAppender<ILoggingEvent> captured) {
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).detachAppender(captured);
    }

    /** Every warning or error, and every event with a stack trace, as text with its trace. */
    private static List<String> problems(ListAppender<ILoggingEvent> captured) {
        return captured.list.stream()
                .filter(e -> e.getLevel().isGreaterOrEqual(Level.WARN) || e.getThrowableProxy() != null)
                .map(e -> e.getLoggerName() + " " + e.getLevel() + " " + e.getFormattedMessage()
                        + (e.getThrowableProxy() == null ? "" : "\n" + ThrowableProxyUtil.asString(e.getThrowableProxy())))
                .toList();
    }
}
