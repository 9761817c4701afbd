package nl.aanwezig.benchmark;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import nl.aanwezig.workflow.engine.DurableEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Start-up of the durable embedded engine with a region's history: open tier-3-like routes (a waiting job with a
 * 6-weekly evaluation timer beside a parallel branch; service jobs, so the empty-chair run does not take them) and finished empty-chair routes (the real
 * {@code bpmn/lege-stoel.bpmn}, resolved at the first conversation). Reports, for each size, the time to open the
 * engine and replay when the log was never compacted (a crash before any snapshot) and after a snapshot with the log
 * compacted behind it, beside the log's size on disk; and the replay after a crash right after a burst of routes
 * ({@code aanwezig.benchmark.burst}, 10,000), with and without the snapshot after a number of records. A benchmark,
 * not an assertion: it prints numbers.
 *
 * <pre>./mvnw -o test -Dtest=EngineRestartBenchmark -Daanwezig.benchmark.routes=2000 -Daanwezig.benchmark.finished=40000</pre>
 */
@EnabledIfSystemProperty(named = "aanwezig.benchmark.routes", matches = "\\d+")
class EngineRestartBenchmark {

    private static final Duration REPLAY = Duration.ofMinutes(30);

    @Test
    void start_up_with_a_regions_history() throws Exception {
        int open = Integer.getInteger("aanwezig.benchmark.routes");
        int finished = Integer.getInteger("aanwezig.benchmark.finished", 40_000);
        Path dir = Files.createDirectories(Path.of("target/benchmark/engine-" + System.nanoTime()));
        DurableEngine.Settings settings = DurableEngine.Settings.at(dir);
        List<String> rows = new ArrayList<>();

        DurableEngine engine = DurableEngine.open(settings, REPLAY);
        CamundaClient client = engine.createClient();
        client.newDeployResourceCommand().addProcessModel(tier3(), "tier3.bpmn")
                .addResourceFromClasspath("bpmn/lege-stoel.bpmn").send().join();
        long t0 = System.nanoTime();
        startTier3(client, open);
        rows.add("created %d open tier-3 routes in %.1f s".formatted(open, secs(t0)));
        client.close();
        engine.halt();
        rows.add(measure("%d open, log never compacted".formatted(open), settings, false));
        rows.add(measure("%d open, after a snapshot".formatted(open), settings, true));

        engine = DurableEngine.open(settings, REPLAY);
        client = engine.createClient();
        t0 = System.nanoTime();
        finishEmptyChairs(client, finished);
        rows.add("ran %d empty-chair routes to their end in %.1f s".formatted(finished, secs(t0)));
        client.close();
        engine.halt();
        rows.add(measure("%d open + %d finished, log never compacted since".formatted(open, finished), settings, false));
        rows.add(measure("%d open + %d finished, after a snapshot".formatted(open, finished), settings, true));

        int burst = Integer.getInteger("aanwezig.benchmark.burst", 10_000);
        rows.add(crashAfterBurst(burst, 0));
        rows.add(crashAfterBurst(burst, DurableEngine.Settings.at(dir).snapshotRecords()));

        System.out.println("\n=== Engine restart benchmark ===");
        rows.forEach(System.out::println);
    }

    /**
     * A burst of routes started on a fresh engine, then a crash right after the last one was answered: the worst
     * case of the minute's snapshot (none yet), with the snapshot after a number of records off (0) and on.
     */
    private static String crashAfterBurst(int routes, long snapshotRecords) throws Exception {
        Path dir = Files.createDirectories(Path.of("target/benchmark/engine-burst-" + System.nanoTime()));
        DurableEngine.Settings settings = DurableEngine.Settings.at(dir).withSnapshotEvery(snapshotRecords);
        DurableEngine engine = DurableEngine.open(settings, REPLAY);
        CamundaClient client = engine.createClient();
        client.newDeployResourceCommand().addProcessModel(tier3(), "tier3.bpmn").send().join();
        startTier3(client, routes);
        client.close();
        engine.halt();
        return measure("burst of %d routes, crash; snapshot every %s".formatted(routes,
                snapshotRecords == 0 ? "minute only" : snapshotRecords + " records"), settings, false);
    }

    /** Opens the engine (replay), optionally snapshots and reopens, and reports time and size. */
    private static String measure(String label, DurableEngine.Settings settings, boolean snapshotFirst) {
        if (snapshotFirst) {
            DurableEngine e = DurableEngine.open(settings, REPLAY);
            e.stop(); // a clean stop takes a snapshot and compacts the log
        }
        long t0 = System.nanoTime();
        DurableEngine e = DurableEngine.open(settings, REPLAY);
        double open = secs(t0);
        DurableEngine.Footprint f = e.footprint();
        try (CamundaClient c = e.createClient()) {
            c.newTopologyRequest().send().join();
        }
        double answering = secs(t0);
        e.halt();
        return "%-55s open+replay %6.2f s, first answer %6.2f s, log %7.1f MB (positions %d..%d), snapshot %6.1f MB"
                .formatted(label, open, answering, f.logBytes() / 1e6, f.lowestPosition(), f.highestPosition(),
                        f.snapshotBytes() / 1e6);
    }

    private static io.camunda.zeebe.model.bpmn.BpmnModelInstance tier3() {
        return Bpmn.createExecutableProcess("tier3").startEvent().parallelGateway("fork")
                .serviceTask("plan", t -> t.zeebeJobType("tier3.plan"))
                .boundaryEvent("evaluation", b -> b.cancelActivity(false).timerWithCycle("R/P42D"))
                .serviceTask("evaluate", t -> t.zeebeJobType("tier3.evaluate")).endEvent()
                .moveToNode("fork").serviceTask("partner", t -> t.zeebeJobType("tier3.partner"))
                .endEvent().done();
    }

    private static void startTier3(CamundaClient client, int n) {
        List<CompletableFuture<?>> inFlight = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            inFlight.add(client.newCreateInstanceCommand().bpmnProcessId("tier3").latestVersion()
                    .variables(Map.of("caseId", i, "pupilId", i, "plan", "x".repeat(200))).send().toCompletableFuture());
            if (inFlight.size() >= 100) {
                CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).join();
                inFlight.clear();
            }
        }
        CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).join();
    }

    /** Each route: start, the mentor's conversation (resolved), the close-case job. */
    private static void finishEmptyChairs(CamundaClient client, int n) {
        String deadline = OffsetDateTime.now().plusYears(1).toString();
        int batch = 200;
        for (int done = 0; done < n; done += batch) {
            int size = Math.min(batch, n - done);
            List<CompletableFuture<?>> starts = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                starts.add(client.newCreateInstanceCommand().bpmnProcessId("lege-stoel").latestVersion()
                        .variables(Map.of("caseId", done + i, "pupilId", done + i, "mentor", "m", "mentorDeadline", deadline))
                        .send().toCompletableFuture());
            }
            CompletableFuture.allOf(starts.toArray(CompletableFuture[]::new)).join();
            completeAll(client, "io.camunda.zeebe:userTask", size, Map.of("outcome", "RESOLVED"));
            completeAll(client, "aanwezig.case.close", size, Map.of());
        }
    }

    private static void completeAll(CamundaClient client, String type, int expected, Map<String, Object> vars) {
        int completed = 0;
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (completed < expected && System.nanoTime() < deadline) {
            List<ActivatedJob> jobs = client.newActivateJobsCommand().jobType(type).maxJobsToActivate(expected - completed)
                    .timeout(Duration.ofMinutes(5)).requestTimeout(Duration.ofSeconds(5)).send().join().getJobs();
            CompletableFuture.allOf(jobs.stream().map(j -> client.newCompleteCommand(j.getKey()).variables(vars).send()
                    .toCompletableFuture()).toArray(CompletableFuture[]::new)).join();
            completed += jobs.size();
        }
        if (completed < expected) {
            throw new IllegalStateException("only " + completed + " of " + expected + " " + type + " jobs came");
        }
    }

    private static double secs(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
