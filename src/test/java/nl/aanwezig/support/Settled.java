package nl.aanwezig.support;

import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.filters.RecordStream;
import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.intent.JobIntent;
import io.camunda.zeebe.protocol.record.value.JobRecordValue;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;
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

    /** One look at the engine's idleness: short, so the whole wait re-checks everything until its timeout. */
    private static final Duration SLICE = Duration.ofSeconds(5);

    public static void await(ZeebeTestEngine engine, JdbcTemplate jdbc, Duration timeout) {
        Eventually.until(() -> idle(engine, SLICE) && outboxEmpty(jdbc) && inboxHoldsOpenJobs(engine, jdbc)
                && idle(engine, SLICE), timeout, "the engine, the outbox and the inbox settled");
    }

    /**
     * As {@link #await}, where another node's job workers keep the engine from ever being idle (every poll of theirs
     * is a command in its log): the outbox sent and every open user-task job in the inbox, in two looks in a row.
     */
    public static void awaitBusyEngine(ZeebeTestEngine engine, JdbcTemplate jdbc, Duration timeout) {
        java.util.concurrent.atomic.AtomicInteger inARow = new java.util.concurrent.atomic.AtomicInteger();
        Eventually.until(() -> {
            if (outboxEmpty(jdbc) && inboxHoldsOpenJobs(engine, jdbc)) {
                return inARow.incrementAndGet() >= 2;
            }
            inARow.set(0);
            return false;
        }, timeout, "the outbox and the inbox settled");
    }

    private static boolean idle(ZeebeTestEngine engine, Duration timeout) {
        try {
            engine.waitForIdleState(timeout);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        } catch (java.util.concurrent.TimeoutException e) {
            return false;
        }
    }

    private static boolean outboxEmpty(JdbcTemplate jdbc) {
        return jdbc.queryForObject("select count(*) from engine_command where sent_at is null", Integer.class) == 0;
    }

    private static boolean inboxHoldsOpenJobs(ZeebeTestEngine engine, JdbcTemplate jdbc) {
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
        return open.entrySet().stream().filter(Map.Entry::getValue).allMatch(e -> jdbc.queryForObject("""
                select (select count(*) from case_task where job_key = ?) + (select count(*) from exemption_task where job_key = ?)""",
                Integer.class, e.getKey(), e.getKey()) > 0);
    }
}
