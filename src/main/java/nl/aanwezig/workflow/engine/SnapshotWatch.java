package nl.aanwezig.workflow.engine;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Takes a snapshot as soon as the log has grown by a number of records since the last one, beside the app's
 * snapshot every minute: a crash after a burst (a region's first import starts thousands of routes in seconds)
 * then replays a bounded stretch of log, not a minute's worth. Replay runs at about 15,000 records a second on a
 * quiet 2-core machine, so the default bounds it to about two seconds.
 *
 * <p>One daemon thread looks every 250 ms (two volatile reads); the snapshot pauses processing only for RocksDB's
 * checkpoint (hard links), so taking one during a burst costs milliseconds.
 */
final class SnapshotWatch implements AutoCloseable {

    static final long DEFAULT_RECORDS = 30_000;
    private static final long LOOK_EVERY_MS = 250;

    private final DurableEngine engine;
    private final long records;
    private ScheduledExecutorService looker;

    SnapshotWatch(DurableEngine engine, long records) {
        this.engine = engine;
        this.records = records;
    }

    void start() {
        if (records <= 0) {
            return;
        }
        looker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "engine-snapshot-watch");
            t.setDaemon(true);
            return t;
        });
        looker.scheduleWithFixedDelay(this::look, LOOK_EVERY_MS, LOOK_EVERY_MS, TimeUnit.MILLISECONDS);
    }

    private void look() {
        if (engine.recordsSinceSnapshot() >= records) {
            // snapshot() skips a stopped engine or a failed log itself, and logs a snapshot it could not take
            engine.snapshot();
        }
    }

    @Override
    public void close() {
        if (looker != null) {
            looker.shutdownNow();
        }
    }
}
