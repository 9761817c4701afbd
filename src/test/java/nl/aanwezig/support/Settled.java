package nl.aanwezig.support;

import io.camunda.zeebe.process.test.filters.RecordStream;
import io.camunda.zeebe.protocol.record.Record;
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
     * workers' polls over several looks in a row. Not the engine's own idle state: the app's workers poll every
     * 100 ms, and each poll is a command in the log, so the engine is seldom quiet for its 50 ms grace period.
     */
    public static void await(DurableEngine engine, JdbcTemplate jdbc, Duration timeout) {
        AtomicLong lastCount = new AtomicLong(-1);
        AtomicInteger quiet = new AtomicInteger();
        Eventually.until(() -> {
            long count = recordsBesidePolls(engine);
            boolean unchanged = count == lastCount.getAndSet(count);
            if (unchanged && outboxEmpty(jdbc) && inboxHoldsOpenJobs(engine, jdbc)) {
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
