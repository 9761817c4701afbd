package nl.aanwezig.workflow.engine;

import io.camunda.client.CamundaClient;
import io.camunda.client.CamundaClientBuilder;
import io.camunda.zeebe.process.test.api.RecordStreamSource;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;

/**
 * Zeebe's own engine, in-process and durable: its log on disk ({@link FileLogStorage}), its state in RocksDB,
 * snapshots of that state taken now and then ({@link #snapshot()}) with the log compacted behind them. A start
 * restores the newest snapshot and replays only the log after it, so every instance, timer (at its original due
 * date), job, variable, join, call activity and multi-instance body is back where it was, and the time a start
 * takes does not grow with the routes that finished long ago.
 *
 * <p>The gateway has no socket of its own: clients of this JVM reach it in-process ({@link #createClient()}), so no
 * other process can send the engine commands past the app's access rules and audit. Only when it serves other nodes
 * ({@link Settings#servingNodes}) does it also listen on a loopback port, and every call there must carry the node
 * token ({@link EngineGateway}).
 *
 * <p>Failure paths: a start cuts a torn or corrupt log tail off (see {@link FileLogStorage}) and refuses to start
 * when the log then ends below the newest snapshot (new commands would be skipped as processed). When the disk
 * stops taking writes, the engine stops taking commands; {@link #logHealthy()} and {@link #logFailure()} say so, for
 * a readiness check. RocksDB's native library is copied into {@code <dir>/native/}, not the temp directory.
 *
 * <p>A start opens its parts in {@link EngineParts}; {@link EngineSnapshotter} takes the snapshots, every minute
 * (asked by the app) and after a number of records ({@link SnapshotWatch}). Not zeebe-process-test's {@code ZeebeTestEngine} (it hands out the deprecated {@code ZeebeClient}); the methods
 * tests use keep their names.
 */
public final class DurableEngine implements AutoCloseable {

    private final EngineParts parts;
    private final EngineSnapshotter snapshotter;
    private final SnapshotWatch watch;
    private final AtomicLong shiftMillis = new AtomicLong();
    private volatile boolean stopped;

    /**
     * Settings: where it lives, how large a log segment may grow, whether it serves other nodes ({@code nodes}: null
     * for none), and after how many log records a snapshot is taken ({@link SnapshotWatch}; 0: only when asked).
     */
    public record Settings(Path dir, long segmentBytes, long stateMemoryBytes, NodeGateway nodes,
                           long snapshotRecords) {
        public static Settings at(Path dir) {
            return new Settings(dir, 64L * 1024 * 1024, 64L * 1024 * 1024, null, SnapshotWatch.DEFAULT_RECORDS);
        }

        public Settings withSegmentBytes(long bytes) {
            return new Settings(dir, bytes, stateMemoryBytes, nodes, snapshotRecords);
        }

        public Settings withSnapshotEvery(long records) {
            return new Settings(dir, segmentBytes, stateMemoryBytes, nodes, records);
        }

        /** Also listen on loopback {@code port} (0: any free one) for other nodes, each call with {@code token}. */
        public Settings servingNodes(int port, String token) {
            return new Settings(dir, segmentBytes, stateMemoryBytes, new NodeGateway(port, token), snapshotRecords);
        }
    }

    private DurableEngine(Settings settings, FileLogStorage.Disk disk) {
        this.parts = EngineParts.open(settings, disk);
        this.snapshotter = new EngineSnapshotter(parts);
        this.watch = new SnapshotWatch(this, settings.snapshotRecords());
    }

    /** Opens the engine on its directory, replays what the snapshot lacks, and returns once it takes commands. */
    public static DurableEngine open(Settings settings, Duration replayTimeout) {
        return open(settings, replayTimeout, FileLogStorage.Disk.REAL);
    }

    /** As {@link #open(Settings, Duration)}, on a disk a test can make fail. */
    static DurableEngine open(Settings settings, Duration replayTimeout, FileLogStorage.Disk disk) {
        long started = System.nanoTime();
        DurableEngine e = new DurableEngine(settings, disk);
        e.parts.start(replayTimeout, started);
        e.watch.start();
        return e;
    }

    /** Snapshots the state if it moved on, compacts the log behind it ({@link EngineSnapshotter#take()}). */
    public synchronized long snapshot() {
        if (stopped || !logHealthy()) {
            // a log that failed may lack what the state holds: a snapshot of that state could never be replayed
            return snapshotter.position();
        }
        return snapshotter.take();
    }

    /**
     * Whether the log still takes appends: it stops for good when a write or force fails (a full or failing disk);
     * then the engine takes no commands until the disk is fixed and the app restarted. For a readiness check
     * (false: DOWN); a volatile read, from any thread, also after {@link #stop()}.
     */
    public boolean logHealthy() {
        return parts.storage().failure().isEmpty();
    }

    /**
     * Why the log stopped taking appends, as "ExceptionClass: message" of the first failure; empty while
     * {@link #logHealthy()}. The full exception and its stack trace are in the error log of
     * {@link FileLogStorage}.
     */
    public Optional<String> logFailure() {
        return parts.storage().failure().map(Throwable::toString);
    }

    long recordsSinceSnapshot() { // what a crash now would replay
        return parts.storage().highestDurablePosition() - snapshotter.position();
    }

    /** What the log and snapshots take on disk, and where the log starts and ends. */
    public Footprint footprint() {
        return new Footprint(parts.storage().sizeOnDisk(), StateSnapshots.sizeOf(parts.dir().resolve("snapshots")),
                parts.storage().lowestPosition(), parts.storage().highestDurablePosition(), snapshotter.position());
    }

    public record Footprint(long logBytes, long snapshotBytes, long lowestPosition, long highestPosition,
                            long snapshotPosition) {
    }

    /** A clean stop: a last snapshot, so the next start replays almost nothing. */
    public synchronized void stop() {
        if (stopped) {
            return;
        }
        snapshot();
        // the rest of a clean stop is what a halt does
        halt();
    }

    /**
     * For tests: commands still reach the log but are not processed, as with commands a stop or crash catches
     * between their write and their processing.
     */
    void pauseProcessing() throws Exception {
        parts.processor().pauseProcessing().get(30, TimeUnit.SECONDS);
    }

    /** Stops without a snapshot, as a crash would leave it (for tests of recovery). */
    public synchronized void halt() {
        stopped = true;
        watch.close();
        parts.shutDown();
    }

    @Override
    public void close() {
        stop();
    }

    public RecordStreamSource getRecordStreamSource() {
        return parts.engine().getRecordStreamSource();
    }

    /** A client of this JVM, in-process: no socket, no token. */
    public CamundaClient createClient() {
        return createClient(UnaryOperator.identity());
    }

    /** An in-process client, with settings of the caller on top ({@link InProcessGateway#client}). */
    public CamundaClient createClient(UnaryOperator<CamundaClientBuilder> configure) {
        return parts.gateway().client(configure);
    }

    /** {@code in-process:<name>} (for logs, not a URL): no network address; other nodes use {@link #nodeAddress()}. */
    public String getGatewayAddress() {
        return parts.gateway().address();
    }

    /** {@code 127.0.0.1:<port>} where other nodes reach the gateway (with the token); empty when it serves none. */
    public Optional<String> nodeAddress() {
        return parts.gateway().nodeAddress();
    }

    public void increaseTime(Duration duration) {
        parts.engine().increaseTime(duration);
        shiftMillis.addAndGet(duration.toMillis());
    }

    /** The engine's clock: real time plus what tests moved it by (since this engine was opened). */
    public Instant now() {
        return Instant.now().plusMillis(shiftMillis.get());
    }

    public void waitForIdleState(Duration timeout) throws InterruptedException, TimeoutException {
        parts.engine().waitForIdleState(timeout);
    }

    public void waitForBusyState(Duration timeout) throws InterruptedException, TimeoutException {
        parts.engine().waitForBusyState(timeout);
    }
}
