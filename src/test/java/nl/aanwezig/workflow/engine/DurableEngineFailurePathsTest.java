package nl.aanwezig.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
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
    private CamundaClient client;

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

    /** Instance "kept" waits at its job; then instance "last" is created: the log's last frames are about it. */
    private long keptThenLast() throws Exception {
        start();
        deployTask("kept");
        deployTask("last");
        startInstance("kept");
        engine.waitForIdleState(Duration.ofSeconds(10));
        long keptEnds = engine.footprint().highestPosition();
        startInstance("last");
        engine.waitForIdleState(Duration.ofSeconds(10));
        client.close();
        client = null;
        engine.halt();
        engine = null;
        return keptEnds;
    }

    private List<ActivatedJob> activate(String type) {
        return client.newActivateJobsCommand().jobType(type).maxJobsToActivate(10).timeout(Duration.ofMinutes(10))
                .requestTimeout(Duration.ofSeconds(1)).send().join().getJobs();
    }

    private void assertKeptWaitsAndNewCommandsWork() {
        assertThat(activate("kept")).as("the instance created before the damage is back").hasSize(1);
        startInstance("kept");
        assertThat(activate("kept")).as("commands after the cut are written and processed").hasSize(1);
        stop();
        start();
        startInstance("kept");
        assertThat(activate("kept")).as("and what was written after the cut survives the next start").hasSize(1);
    }

    private Path lastSegment() throws Exception {
        return LogFiles.segments(dir.resolve("log")).getLast();
    }

    @Test
    void a_torn_last_frame_is_cut_off_at_the_start_and_everything_before_it_is_replayed() throws Exception {
        keptThenLast();
        Path segment = lastSegment();
        LogFiles.tearAt(segment, LogFiles.frames(segment).getLast());

        start();

        assertThat(LogFiles.names(dir.resolve("log"))).as("a torn tail is no corruption: nothing kept aside")
                .noneMatch(n -> n.endsWith(".cut"));
        assertKeptWaitsAndNewCommandsWork();
    }

    @Test
    void garbage_after_the_last_frame_is_cut_off_at_the_start() throws Exception {
        keptThenLast();
        Files.write(lastSegment(), "not a frame at all, what a crash can leave".getBytes(StandardCharsets.UTF_8),
                StandardOpenOption.APPEND);

        start();

        assertThat(activate("last")).as("nothing of what came before the garbage is lost").hasSize(1);
        assertThat(LogFiles.names(dir.resolve("log"))).noneMatch(n -> n.endsWith(".cut"));
        assertKeptWaitsAndNewCommandsWork();
    }

    @Test
    void a_last_frame_with_a_wrong_checksum_is_cut_off_at_the_start() throws Exception {
        keptThenLast();
        Path segment = lastSegment();
        LogFiles.flipPayloadByte(segment, LogFiles.frames(segment).getLast().offset());

        start();

        assertThat(LogFiles.names(dir.resolve("log"))).as("a torn tail is no corruption: nothing kept aside")
                .noneMatch(n -> n.endsWith(".cut"));
        assertKeptWaitsAndNewCommandsWork();
    }

    @Test
    void a_corrupt_frame_in_the_middle_cuts_the_log_there_even_with_valid_frames_after_it() throws Exception {
        long keptEnds = keptThenLast();
        Path segment = lastSegment();
        List<LogFiles.FrameAt> frames = LogFiles.frames(segment);
        LogFiles.FrameAt firstOfLast = frames.stream().filter(f -> f.lowest() > keptEnds).findFirst().orElseThrow();
        assertThat(frames.getLast()).as("valid frames follow the corrupt one").isNotEqualTo(firstOfLast);
        LogFiles.flipPayloadByte(segment, firstOfLast.offset());
        ListAppender<ILoggingEvent> captured = captureRootLog();
        try {
            start();
        } finally {
            release(captured);
        }

        assertThat(activate("last")).as("nothing after the corrupt frame is replayed").isEmpty();
        assertThat(problems(captured)).as("the cut is logged as an error")
                .anyMatch(p -> p.contains("ERROR") && p.contains("corrupt") && p.contains("cut"));
        assertThat(LogFiles.names(dir.resolve("log"))).as("the cut bytes are kept for a look")
                .anyMatch(n -> n.endsWith(".cut"));
        assertKeptWaitsAndNewCommandsWork();
    }

    @Test
    void a_start_refuses_a_log_cut_below_the_state_snapshot() throws Exception {
        start();
        deployTask("kept");
        startInstance("kept");
        engine.waitForIdleState(Duration.ofSeconds(10));
        stop();
        Path segment = LogFiles.segments(dir.resolve("log")).getFirst();
        LogFiles.flipPayloadByte(segment, LogFiles.frames(segment).getFirst().offset());

        assertThatThrownBy(this::start).as("new commands would get positions the state counts as processed")
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("below the state snapshot");
    }

    @Test
    void a_disk_that_fails_is_reported_and_the_engine_takes_no_more_commands() throws Exception {
        SwitchableDisk disk = new SwitchableDisk();
        engine = disk.open(dir);
        client = engine.createClient();
        deployTask("kept");
        // the engine's own first records (its identity setup) are written in the background: let them land first
        engine.waitForIdleState(Duration.ofSeconds(60));
        assertThat(engine.logHealthy()).isTrue();
        assertThat(engine.logFailure()).isEmpty();
        long before = engine.footprint().highestPosition();

        disk.fill();
        var refused = client.newCreateInstanceCommand().bpmnProcessId("kept").latestVersion()
                .requestTimeout(Duration.ofSeconds(2)).send();

        assertThatThrownBy(refused::join).as("a command that could not be forced is not answered");
        assertThat(engine.logHealthy()).isFalse();
        assertThat(engine.logFailure()).get().asString().contains("No space left on device");
        assertThat(engine.footprint().highestPosition()).isEqualTo(before);
        disk.empty();
        assertThatThrownBy(() -> client.newCreateInstanceCommand().bpmnProcessId("kept").latestVersion()
                .requestTimeout(Duration.ofSeconds(2)).send().join())
                .as("later commands are refused, even once the disk answers again");
        assertThat(engine.footprint().highestPosition()).isEqualTo(before);
        assertThat(engine.snapshot()).as("no snapshot of a state the log may lack").isEqualTo(0);
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
