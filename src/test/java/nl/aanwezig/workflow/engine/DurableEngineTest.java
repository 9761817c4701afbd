package nl.aanwezig.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The engine on its own, stopped (cleanly, or as a crash would leave it) and opened again on the same directory:
 * every wait state a route can be in comes back, and what happened before the restart does not happen again.
 */
class DurableEngineTest {

    private static final Duration REPLAY = Duration.ofSeconds(60);
    private Path dir;
    private DurableEngine engine;
    private CamundaClient client;
    private long snapshotEvery = SnapshotWatch.DEFAULT_RECORDS;

    @BeforeEach
    void open() throws Exception {
        dir = Files.createTempDirectory("durable-engine");
        start();
    }

    @AfterEach
    void close() {
        client.close();
        engine.stop();
        StateSnapshots.deleteTree(dir);
    }

    private void start() {
        engine = DurableEngine.open(DurableEngine.Settings.at(dir).withSegmentBytes(64 * 1024)
                .withSnapshotEvery(snapshotEvery), REPLAY);
        client = engine.createClient();
    }

    private void restart(boolean crash) {
        client.close();
        if (crash) {
            engine.halt();
        } else {
            engine.stop();
        }
        start();
    }

    private void deploy(BpmnModelInstance... models) {
        var cmd = client.newDeployResourceCommand().addProcessModel(models[0], "m0.bpmn");
        for (int i = 1; i < models.length; i++) {
            cmd = cmd.addProcessModel(models[i], "m" + i + ".bpmn");
        }
        cmd.send().join();
    }

    private long startInstance(String processId, Map<String, Object> vars) {
        return client.newCreateInstanceCommand().bpmnProcessId(processId).latestVersion().variables(vars)
                .send().join().getProcessInstanceKey();
    }

    private List<ActivatedJob> activate(String type, int expected, Duration within) {
        List<ActivatedJob> jobs = new ArrayList<>();
        long deadline = System.nanoTime() + within.toNanos();
        while (jobs.size() < expected && System.nanoTime() < deadline) {
            jobs.addAll(client.newActivateJobsCommand().jobType(type).maxJobsToActivate(10)
                    .timeout(Duration.ofMinutes(10)).requestTimeout(Duration.ofSeconds(2)).send().join().getJobs());
            if (jobs.size() < expected) {
                sleep(100);
            }
        }
        return jobs;
    }

    private List<ActivatedJob> activateNone(String type, Duration during) {
        return activate(type, Integer.MAX_VALUE, during);
    }

    private void complete(ActivatedJob job) {
        client.newCompleteCommand(job.getKey()).send().join();
    }

    @Test
    void a_timer_waiting_at_a_crash_fires_once_at_its_original_due_date() {
        Instant due = Instant.now().plusSeconds(4);
        deploy(Bpmn.createExecutableProcess("timer").startEvent().intermediateCatchEvent("wait")
                .timerWithDate(OffsetDateTime.ofInstant(due, ZoneOffset.UTC).toString())
                .serviceTask("after", t -> t.zeebeJobType("after")).endEvent().done());
        startInstance("timer", Map.of());

        restart(true);

        assertThat(activateNone("after", Duration.ofMillis(1500))).as("not before its due date").isEmpty();
        List<ActivatedJob> fired = activate("after", 1, Duration.ofSeconds(15));
        assertThat(fired).hasSize(1);
        assertThat(Instant.now()).isAfterOrEqualTo(due);
        complete(fired.get(0));
        restart(false);
        assertThat(activateNone("after", Duration.ofSeconds(2))).as("it does not fire again after a restart").isEmpty();
    }

    @Test
    void a_parallel_join_with_one_branch_done_completes_after_a_restart() {
        deploy(Bpmn.createExecutableProcess("join").startEvent().parallelGateway("fork")
                .serviceTask("a", t -> t.zeebeJobType("a")).parallelGateway("joined")
                .serviceTask("after", t -> t.zeebeJobType("after")).endEvent()
                .moveToNode("fork").serviceTask("b", t -> t.zeebeJobType("b")).connectTo("joined").done());
        startInstance("join", Map.of("who", "sara"));
        complete(activate("a", 1, Duration.ofSeconds(10)).get(0));
        ActivatedJob b = activate("b", 1, Duration.ofSeconds(10)).get(0);

        restart(true);

        // the job activated before the crash is still completable by its old key
        complete(b);
        ActivatedJob after = activate("after", 1, Duration.ofSeconds(10)).get(0);
        assertThat(after.getVariablesAsMap()).containsEntry("who", "sara");
    }

    @Test
    void a_call_activity_whose_child_waits_goes_on_after_a_restart() {
        deploy(Bpmn.createExecutableProcess("parent").startEvent().callActivity("call", c -> c.zeebeProcessId("child"))
                        .serviceTask("after", t -> t.zeebeJobType("after")).endEvent().done(),
                Bpmn.createExecutableProcess("child").startEvent().serviceTask("inner", t -> t.zeebeJobType("inner"))
                        .endEvent().done());
        startInstance("parent", Map.of());
        ActivatedJob inner = activate("inner", 1, Duration.ofSeconds(10)).get(0);

        restart(false);

        assertThat(activateNone("inner", Duration.ofMillis(500))).as("an activated job is not handed out twice").isEmpty();
        client.newCompleteCommand(inner.getKey()).variables(Map.of("outcome", "ok")).send().join();
        ActivatedJob after = activate("after", 1, Duration.ofSeconds(10)).get(0);
        assertThat(after.getVariablesAsMap()).containsEntry("outcome", "ok");
    }

    @Test
    void a_multi_instance_task_with_two_of_three_done_finishes_after_a_restart() {
        deploy(Bpmn.createExecutableProcess("multi").startEvent()
                .serviceTask("invite", t -> t.zeebeJobType("invite")
                        .multiInstance(m -> m.parallel().zeebeInputCollectionExpression("partners").zeebeInputElement("partner")))
                .serviceTask("after", t -> t.zeebeJobType("after")).endEvent().done());
        startInstance("multi", Map.of("partners", List.of("leerplicht", "jeugdarts", "swv")));
        List<ActivatedJob> jobs = activate("invite", 3, Duration.ofSeconds(10));
        assertThat(jobs).extracting(j -> j.getVariablesAsMap().get("partner"))
                .containsExactlyInAnyOrder("leerplicht", "jeugdarts", "swv");
        complete(jobs.get(0));
        complete(jobs.get(1));

        restart(true);

        assertThat(activateNone("after", Duration.ofMillis(500))).as("the body waits for the third").isEmpty();
        complete(jobs.get(2));
        assertThat(activate("after", 1, Duration.ofSeconds(10))).hasSize(1);
    }

    @Test
    void a_snapshot_compacts_the_log_and_a_start_replays_only_what_came_after_it() {
        deploy(Bpmn.createExecutableProcess("quick").startEvent().serviceTask("s", t -> t.zeebeJobType("s"))
                .endEvent().done());
        for (int i = 0; i < 150; i++) {
            startInstance("quick", Map.of("i", i));
        }
        List<ActivatedJob> jobs = activate("s", 150, Duration.ofSeconds(30));
        jobs.subList(1, jobs.size()).forEach(this::complete);
        long lowestBefore = engine.footprint().lowestPosition();

        long snapshot = engine.snapshot();

        assertThat(snapshot).isPositive();
        assertThat(engine.footprint().lowestPosition()).as("segments below the snapshot are deleted")
                .isGreaterThan(lowestBefore);
        restart(true);
        complete(jobs.get(0));
        assertThat(activateNone("s", Duration.ofMillis(500))).as("no finished instance comes back").isEmpty();
    }

    @Test
    void a_burst_is_snapshotted_once_the_log_grew_by_the_set_number_of_records_without_waiting_for_the_minute() {
        snapshotEvery = 400;
        restart(false);
        deploy(Bpmn.createExecutableProcess("burst").startEvent().serviceTask("s", t -> t.zeebeJobType("burst"))
                .endEvent().done());
        long before = engine.footprint().snapshotPosition();

        for (int i = 0; i < 200; i++) {
            startInstance("burst", Map.of("i", i));
        }

        nl.aanwezig.support.Eventually.until(() -> engine.footprint().snapshotPosition() > before,
                Duration.ofSeconds(30), "a snapshot after the burst");
        nl.aanwezig.support.Eventually.until(() -> engine.recordsSinceSnapshot() < 400,
                Duration.ofSeconds(30), "the log past the newest snapshot below the set number of records");
        restart(true);
        assertThat(activate("burst", 200, Duration.ofSeconds(30))).as("every instance after a crash").hasSize(200);
    }

    @Test
    void two_engines_in_one_jvm_answer_their_own_clients() throws Exception {
        Path otherDir = Files.createTempDirectory("durable-engine-2");
        try (DurableEngine other = DurableEngine.open(DurableEngine.Settings.at(otherDir), REPLAY);
             CamundaClient otherClient = other.createClient()) {
            deploy(Bpmn.createExecutableProcess("here").startEvent().endEvent().done());
            otherClient.newDeployResourceCommand().addProcessModel(
                    Bpmn.createExecutableProcess("there").startEvent().endEvent().done(), "there.bpmn").send().join();

            var there = java.util.concurrent.CompletableFuture.supplyAsync(() -> createMany(otherClient, "there"));
            List<String> here = createMany(client, "here");

            assertThat(here).containsOnly("here");
            assertThat(there.get()).containsOnly("there");
        } finally {
            StateSnapshots.deleteTree(otherDir);
        }
    }

    private static List<String> createMany(CamundaClient c, String processId) {
        List<String> answered = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            answered.add(c.newCreateInstanceCommand().bpmnProcessId(processId).latestVersion().send().join()
                    .getBpmnProcessId());
        }
        return answered;
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
