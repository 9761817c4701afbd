package nl.aanwezig.workflow.engine;

import io.camunda.client.CamundaClient;
import io.camunda.client.CamundaClientBuilder;
import io.camunda.client.impl.CamundaClientBuilderImpl;
import io.camunda.client.impl.CamundaClientImpl;
import io.camunda.zeebe.db.AccessMetricsConfiguration;
import io.camunda.zeebe.db.ConsistencyChecksSettings;
import io.camunda.zeebe.db.ZeebeDb;
import io.camunda.zeebe.db.impl.rocksdb.RocksDbConfiguration;
import io.camunda.zeebe.db.impl.rocksdb.ZeebeRocksDbFactory;
import io.camunda.zeebe.process.test.api.RecordStreamSource;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.engine.DurableEngineFactory;
import io.camunda.zeebe.protocol.ZbColumnFamilies;
import io.camunda.zeebe.stream.impl.StreamProcessor;
import io.grpc.inprocess.InProcessChannelBuilder;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
 * <p>It no longer implements zeebe-process-test's {@code ZeebeTestEngine}: that interface hands out the deprecated
 * {@code ZeebeClient} (removed in 8.10), and this engine's clients are {@link CamundaClient}s. The methods tests use
 * ({@link #getRecordStreamSource()}, {@link #increaseTime}, {@link #waitForIdleState}) keep their names.
 */
public final class DurableEngine implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DurableEngine.class);

    private final Path dir;
    private final FileLogStorage storage;
    private final StateSnapshots snapshots;
    private final ZeebeDb<ZbColumnFamilies> database;
    private final ZeebeTestEngine engine;
    private final StreamProcessor processor;
    private volatile long snapshotPosition;
    private volatile boolean stopped;
    private final String inProcessName;
    /** The loopback port other nodes use; 0 when the engine serves none. */
    private final int nodesPort;

    /**
     * Settings: where it lives, how large a log segment may grow, and whether it serves other nodes ({@code nodes}:
     * null for none, the default).
     */
    public record Settings(Path dir, long segmentBytes, long stateMemoryBytes, NodeGateway nodes) {
        public static Settings at(Path dir) {
            return new Settings(dir, 64L * 1024 * 1024, 64L * 1024 * 1024, null);
        }

        public Settings withSegmentBytes(long bytes) {
            return new Settings(dir, bytes, stateMemoryBytes, nodes);
        }

        /** Also listen on loopback {@code port} (0: any free one) for other nodes, each call with {@code token}. */
        public Settings servingNodes(int port, String token) {
            return new Settings(dir, segmentBytes, stateMemoryBytes, new NodeGateway(port, token));
        }
    }

    /** A TCP gateway for other nodes of the app: its loopback port and the token every call must carry. */
    public record NodeGateway(int port, String token) {
        @Override
        public String toString() {
            // the token must not reach a log by way of the settings
            return "NodeGateway[port=" + port + ", token=***]";
        }
    }

    private final java.util.concurrent.atomic.AtomicLong shiftMillis = new java.util.concurrent.atomic.AtomicLong();

    private DurableEngine(Settings settings, FileLogStorage.Disk disk) {
        this.dir = settings.dir();
        try {
            OwnerOnly.directories(dir);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot create the engine directory " + dir, e);
        }
        // an engine directory of an older version, or files RocksDB wrote after the last snapshot: owner-only too
        OwnerOnly.tighten(dir);
        RocksDbNativeLibrary.loadInto(dir.resolve("native"));
        this.snapshots = new StateSnapshots(dir.resolve("snapshots"));
        Path runtime = dir.resolve("runtime");
        var latest = snapshots.latest();
        if (latest.isPresent()) {
            StateSnapshots.copyInto(latest.get(), runtime);
            snapshotPosition = latest.get().position();
        } else {
            // no snapshot yet: the state is rebuilt from the whole log
            StateSnapshots.deleteTree(runtime);
        }
        this.storage = new FileLogStorage(dir.resolve("log"), settings.segmentBytes(), disk);
        if (latest.isPresent() && storage.highestDurablePosition() < snapshotPosition) {
            storage.close();
            // new commands would get positions the state counts as processed, and be skipped without a word
            throw new IllegalStateException(("the engine log in %s ends at position %d, below the state snapshot "
                    + "at %d: it was cut after corruption (see the error above). Restore the engine directory "
                    + "from a backup; starting anyway would lose new commands").formatted(dir.resolve("log"),
                    storage.highestDurablePosition(), snapshotPosition));
        }
        this.database = stateDatabase(settings.stateMemoryBytes()).createDb(runtime.toFile());
        OwnerOnly.tighten(runtime);
        // unique per engine: several engines in one JVM (tests) must not reach each other's gateway
        this.inProcessName = "aanwezig-engine-" + UUID.randomUUID();
        NodeGateway nodes = settings.nodes();
        this.nodesPort = nodes == null ? 0 : nodes.port() > 0 ? nodes.port() : freePort();
        InetSocketAddress nodesAddress = nodes == null ? null
                : new InetSocketAddress(InetAddress.getLoopbackAddress(), nodesPort);
        var wired = DurableEngineFactory.create(
                gateway -> EngineGateway.serve(gateway, inProcessName, nodesAddress, nodes == null ? null : nodes.token()),
                nodesPort, storage, database, System.currentTimeMillis() << 12);
        this.engine = wired.engine();
        this.processor = wired.streamProcessor();
    }

    /** Opens the engine on its directory, replays what the snapshot lacks, and returns once it takes commands. */
    public static DurableEngine open(Settings settings, Duration replayTimeout) {
        return open(settings, replayTimeout, FileLogStorage.Disk.REAL);
    }

    /** As {@link #open(Settings, Duration)}, on a disk a test can make fail. */
    static DurableEngine open(Settings settings, Duration replayTimeout, FileLogStorage.Disk disk) {
        long started = System.nanoTime();
        DurableEngine e = new DurableEngine(settings, disk);
        e.engine.start();
        e.awaitReplay(replayTimeout);
        log.info("Engine ready in {} ms: snapshot at position {}, log {} KB on disk (positions {}..{})",
                (System.nanoTime() - started) / 1_000_000, e.snapshotPosition, e.storage.sizeOnDisk() / 1024,
                e.storage.lowestPosition(), e.storage.highestDurablePosition());
        return e;
    }

    private static ZeebeRocksDbFactory<ZbColumnFamilies> stateDatabase(long memory) {
        RocksDbConfiguration config = new RocksDbConfiguration().setMemoryLimit(memory);
        return new ZeebeRocksDbFactory<>(config, new ConsistencyChecksSettings(true, true),
                new AccessMetricsConfiguration(AccessMetricsConfiguration.Kind.NONE, 1), SimpleMeterRegistry::new);
    }

    /**
     * {@code start()} of the engine returns while the stream processor still replays; commands sent before it is
     * done would time out, so wait until it has processed the whole log.
     */
    private void awaitReplay(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                Boolean atEnd = processor.hasProcessingReachedTheEnd().get(5, TimeUnit.SECONDS);
                if (Boolean.TRUE.equals(atEnd)) {
                    return;
                }
            } catch (Exception notYet) {
                // the processor is still in replay and does not answer yet
            }
            sleep(50);
        }
        throw new IllegalStateException("the engine did not finish replaying its log within " + timeout);
    }

    /**
     * Writes a snapshot of the state if anything was processed since the last one, then deletes the log segments
     * wholly below it. Processing pauses for the checkpoint (RocksDB hard-links its files: milliseconds), so the
     * snapshot's position is exactly what its state holds. Returns the snapshot's position.
     */
    public synchronized long snapshot() {
        if (stopped || !logHealthy()) {
            // a log that failed may lack what the state holds: a snapshot of that state could never be replayed
            return snapshotPosition;
        }
        try {
            processor.pauseProcessing().get(30, TimeUnit.SECONDS);
            try {
                long processed = processor.getLastProcessedPositionAsync().get(30, TimeUnit.SECONDS);
                if (processed <= snapshotPosition) {
                    return snapshotPosition;
                }
                long written = processor.getLastWrittenPositionAsync().get(30, TimeUnit.SECONDS);
                Path pending = snapshots.pending();
                database.createSnapshot(pending.toFile());
                // the state may hold what follow-up records of the processed position wrote: they must be on disk
                awaitDurable(written);
                snapshotPosition = snapshots.commit(pending, processed).position();
                // RocksDB writes its files as the process's umask says; the snapshot shares them (hard links)
                OwnerOnly.tighten(dir.resolve("runtime"));
            } finally {
                processor.resumeProcessing();
            }
            int deleted = storage.compactBelow(snapshotPosition);
            log.debug("Engine snapshot at position {}; {} log segments compacted", snapshotPosition, deleted);
            return snapshotPosition;
        } catch (TimeoutException | java.util.concurrent.ExecutionException | IllegalStateException e) {
            log.warn("Engine snapshot skipped: {}", e.toString());
            return snapshotPosition;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return snapshotPosition;
        }
    }

    private void awaitDurable(long position) throws TimeoutException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (storage.highestDurablePosition() < position) {
            if (!logHealthy()) {
                throw new IllegalStateException("the engine log failed; no snapshot", storage.failure().get());
            }
            if (System.nanoTime() > deadline) {
                // a snapshot of a state ahead of the log on disk could not be replayed after a crash
                throw new TimeoutException("the engine log did not reach position " + position + " on disk");
            }
            sleep(5);
        }
    }

    /**
     * Whether the engine's log still takes appends. It stops for good when a write or a force to disk fails (a
     * full or failing disk): from then on the engine takes no commands (clients get errors, nothing is answered
     * that is not on disk) until the disk is fixed and the application restarted. Meant for a readiness check:
     * false means DOWN. Cheap (a volatile read), callable from any thread, also after {@link #stop()}.
     */
    public boolean logHealthy() {
        return storage.failure().isEmpty();
    }

    /**
     * Why the log stopped taking appends, as "ExceptionClass: message" of the first failure; empty while
     * {@link #logHealthy()}. The full exception and its stack trace are in the error log of
     * {@link FileLogStorage}.
     */
    public Optional<String> logFailure() {
        return storage.failure().map(Throwable::toString);
    }

    /** What the log and snapshots take on disk, and where the log starts and ends. */
    public Footprint footprint() {
        return new Footprint(storage.sizeOnDisk(), StateSnapshots.sizeOf(dir.resolve("snapshots")),
                storage.lowestPosition(), storage.highestDurablePosition(), snapshotPosition);
    }

    public record Footprint(long logBytes, long snapshotBytes, long lowestPosition, long highestPosition,
                            long snapshotPosition) {
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() {
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A clean stop: a last snapshot, so the next start replays almost nothing. */
    public synchronized void stop() {
        if (stopped) {
            return;
        }
        snapshot();
        stopped = true;
        engine.stop();
        storage.close();
    }

    /**
     * For tests: commands still reach the log but are not processed, as with commands a stop or crash catches
     * between their write and their processing.
     */
    void pauseProcessing() throws Exception {
        processor.pauseProcessing().get(30, TimeUnit.SECONDS);
    }

    /** Stops without a snapshot, as a crash would leave it (for tests of recovery). */
    public synchronized void halt() {
        stopped = true;
        engine.stop();
        storage.close();
    }

    @Override
    public void close() {
        stop();
    }

    public RecordStreamSource getRecordStreamSource() {
        return engine.getRecordStreamSource();
    }

    /** A client of this JVM, in-process: no socket, no token. */
    public CamundaClient createClient() {
        return createClient(UnaryOperator.identity());
    }

    /**
     * An in-process client, with settings of the caller (worker threads, timeouts) on top of gRPC (the engine
     * serves no REST API). Its addresses and environment overrides (CAMUNDA_GRPC_ADDRESS, ZEEBE_GRPC_ADDRESS and
     * the like) play no part: the channel is given. Closing the client closes the channel.
     */
    public CamundaClient createClient(UnaryOperator<CamundaClientBuilder> configure) {
        CamundaClientBuilderImpl config = new CamundaClientBuilderImpl();
        config.applyEnvironmentVariableOverrides(false).preferRestOverGrpc(false);
        // the builder's methods return the builder itself: what the caller sets lands in config
        configure.apply(config);
        var channel = InProcessChannelBuilder.forName(inProcessName)
                .maxInboundMessageSize(config.getMaxMessageSize())
                .maxInboundMetadataSize(config.getMaxMetadataSize()).build();
        return new CamundaClientImpl(config, channel);
    }

    /**
     * {@code in-process:<name>}: the gateway has no network address (not a URL; for logs). Other nodes use
     * {@link #nodeAddress()}.
     */
    public String getGatewayAddress() {
        return "in-process:" + inProcessName;
    }

    /** {@code 127.0.0.1:<port>} where other nodes reach the gateway (with the token); empty when it serves none. */
    public Optional<String> nodeAddress() {
        return nodesPort == 0 ? Optional.empty()
                : Optional.of(InetAddress.getLoopbackAddress().getHostAddress() + ":" + nodesPort);
    }

    public void increaseTime(Duration duration) {
        engine.increaseTime(duration);
        shiftMillis.addAndGet(duration.toMillis());
    }

    /** The engine's clock: real time plus what tests moved it by (since this engine was opened). */
    public java.time.Instant now() {
        return java.time.Instant.now().plusMillis(shiftMillis.get());
    }

    public void waitForIdleState(Duration timeout) throws InterruptedException, TimeoutException {
        engine.waitForIdleState(timeout);
    }

    public void waitForBusyState(Duration timeout) throws InterruptedException, TimeoutException {
        engine.waitForBusyState(timeout);
    }
}
