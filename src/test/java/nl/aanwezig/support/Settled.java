package nl.aanwezig.support;

import io.camunda.zeebe.process.test.filters.RecordStream;
import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.RecordType;
import io.camunda.zeebe.protocol.record.intent.JobIntent;
import io.camunda.zeebe.protocol.record.value.JobRecordValue;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import io.camunda.zeebe.protocol.record.ValueType;
import java.util.stream.StreamSupport;
import nl.aanwezig.workflow.engine.DurableEngine;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Waits until nothing more will happen on its own: the engine has processed everything, the outbox is empty, and
 * every open user-task job of the engine is in the inbox. What a test asserts afterwards cannot change by waiting
 * longer, so no test needs to sleep "to let things happen".
 */
public final class Settled {

    private static final String USER_TASK = "io.camunda.zeebe:userTask";
    private static final Set<JobIntent> ENDED = Set.of(JobIntent.COMPLETED, JobIntent.CANCELED, JobIntent.ERROR_THROWN,
            JobIntent.FAILED);

    private Settled() {
    }

    /** Looks in a row in which nothing changed: each look reads the record stream and two tables (tens of ms). */
    private static final int QUIET_LOOKS = 3;

    /**
     * Settled: the outbox sent, every open user-task job in the inbox, and the engine wrote nothing new but its job
     * workers' polls over several looks in a row, and no service step's job waits for a worker. Not the engine's own
     * idle state: each of the app's many workers polls every few hundred ms, and each poll is a command in the log.
     */
    public static void await(DurableEngine engine, JdbcTemplate jdbc, Duration timeout) {
        AtomicLong lastCount = new AtomicLong(-1);
        AtomicInteger quiet = new AtomicInteger();
        Eventually.until(() -> {
            long count = recordsBesidePolls(engine);
            boolean unchanged = count == lastCount.getAndSet(count);
            if (unchanged && outboxEmpty(jdbc) && noStepWaiting(engine) && inboxHoldsOpenJobs(engine, jdbc)) {
                return quiet.incrementAndGet() >= QUIET_LOOKS;
            }
            quiet.set(0);
            return false;
        }, timeout, "the engine, the outbox and the inbox settled");
    }

    /** As {@link #await}: where another node's job workers poll the engine too, the same rule holds. */
    public static void awaitBusyEngine(DurableEngine engine, JdbcTemplate jdbc, Duration timeout) {
        await(engine, jdbc, timeout);
    }

    private static long recordsBesidePolls(DurableEngine engine) {
        return StreamSupport.stream(RecordStream.of(engine.getRecordStreamSource()).records().spliterator(), false)
                .filter(r -> r.getValueType() != ValueType.JOB_BATCH).count();
    }

    /**
     * No service step's job waits for a worker: the workers poll only every few hundred ms (their polls are left out of
     * the quiet count), so a created job can sit unseen for longer than the quiet looks take.
     */
    @SuppressWarnings("unchecked")
    private static boolean noStepWaiting(DurableEngine engine) {
        Map<Long, Boolean> waiting = new HashMap<>();
        StreamSupport.stream(RecordStream.of(engine.getRecordStreamSource()).jobRecords().spliterator(), false)
                .filter(r -> !USER_TASK.equals(((Record<JobRecordValue>) r).getValue().getType()))
                .filter(r -> r.getRecordType() == RecordType.EVENT)
                .forEach(r -> {
                    JobIntent intent = (JobIntent) r.getIntent();
                    if (intent == JobIntent.CREATED || intent == JobIntent.TIMED_OUT
                            || intent == JobIntent.RETRIES_UPDATED) {
                        waiting.put(r.getKey(), true);
                    } else if (intent == JobIntent.FAILED) {
                        // retried later while it has retries left; with none it is an incident, not a wait
                        waiting.put(r.getKey(), ((Record<JobRecordValue>) r).getValue().getRetries() > 0);
                    } else if (ENDED.contains(intent)) {
                        waiting.put(r.getKey(), false);
                    }
                });
        return !waiting.containsValue(true);
    }

    private static boolean outboxEmpty(JdbcTemplate jdbc) {
        return jdbc.queryForObject("select count(*) from engine_command where sent_at is null", Integer.class) == 0;
    }

    private static boolean inboxHoldsOpenJobs(DurableEngine engine, JdbcTemplate jdbc) {
        Map<Long, Boolean> open = new HashMap<>();
        StreamSupport.stream(RecordStream.of(engine.getRecordStreamSource()).jobRecords().spliterator(), false)
                .filter(r -> USER_TASK.equals(((Record<JobRecordValue>) r).getValue().getType()))
                .forEach(r -> {
                    if (r.getIntent() == JobIntent.CREATED) {
                        open.putIfAbsent(r.getKey(), true);
                    } else if (ENDED.contains((JobIntent) r.getIntent())) {
                        open.put(r.getKey(), false);
                    }
                });
        return open.entrySet().stream().filter(Map.Entry::getValue).allMatch(e -> jdbc.queryForObject(
                "select count(*) from task where job_key = ?", Integer.class, e.getKey()) > 0);
    }
}
