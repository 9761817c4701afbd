package nl.aanwezig.workflow.engine;

import io.camunda.zeebe.db.AccessMetricsConfiguration;
import io.camunda.zeebe.db.ConsistencyChecksSettings;
import io.camunda.zeebe.db.ZeebeDb;
import io.camunda.zeebe.db.impl.rocksdb.RocksDbConfiguration;
import io.camunda.zeebe.db.impl.rocksdb.ZeebeRocksDbFactory;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.engine.DurableEngineFactory;
import io.camunda.zeebe.protocol.ZbColumnFamilies;
import io.camunda.zeebe.stream.impl.StreamProcessor;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The parts of a {@link DurableEngine}, opened on its directory: the state restored from the newest snapshot, the
 * log on disk, the state database, Zeebe's engine wired to both, and its gateway's names. Apart from the engine so
 * that the order of a start (and its refusal of a log cut below the snapshot) reads in one place.
 *
 * @param snapshotPosition the position of the snapshot the state was restored from; 0 without one
 */
record EngineParts(Path dir, FileLogStorage storage, StateSnapshots snapshots, ZeebeDb<ZbColumnFamilies> database,
                   ZeebeTestEngine engine, StreamProcessor processor, long snapshotPosition, InProcessGateway gateway) {

    // the engine's own category: operators filter on DurableEngine, whichever class of it writes the line
    private static final Logger log = LoggerFactory.getLogger(DurableEngine.class);

    static EngineParts open(DurableEngine.Settings settings, FileLogStorage.Disk disk) {
        Path dir = settings.dir();
        try {
            OwnerOnly.directories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the engine directory " + dir, e);
        }
        // an engine directory of an older version, or files RocksDB wrote after the last snapshot: owner-only too
        OwnerOnly.tighten(dir);
        RocksDbNativeLibrary.loadInto(dir.resolve("native"));
        StateSnapshots snapshots = new StateSnapshots(dir.resolve("snapshots"));
        Path runtime = dir.resolve("runtime");
        var latest = snapshots.latest();
        long snapshotPosition = 0;
        if (latest.isPresent()) {
            StateSnapshots.copyInto(latest.get(), runtime);
            snapshotPosition = latest.get().position();
        } else {
            // no snapshot yet: the state is rebuilt from the whole log
            StateSnapshots.deleteTree(runtime);
        }
        FileLogStorage storage = new FileLogStorage(dir.resolve("log"), settings.segmentBytes(), disk);
        if (latest.isPresent() && storage.highestDurablePosition() < snapshotPosition) {
            storage.close();
            // new commands would get positions the state counts as processed, and be skipped without a word
            throw new IllegalStateException(("the engine log in %s ends at position %d, below the state snapshot "
                    + "at %d: it was cut after corruption (see the error above). Restore the engine directory "
                    + "from a backup; starting anyway would lose new commands").formatted(dir.resolve("log"),
                    storage.highestDurablePosition(), snapshotPosition));
        }
        ZeebeDb<ZbColumnFamilies> database = stateDatabase(settings.stateMemoryBytes()).createDb(runtime.toFile());
        OwnerOnly.tighten(runtime);
        // unique per engine: several engines in one JVM (tests) must not reach each other's gateway
        String inProcessName = "aanwezig-engine-" + UUID.randomUUID();
        NodeGateway nodes = settings.nodes();
        int nodesPort = nodes == null ? 0 : nodes.port() > 0 ? nodes.port() : freePort();
        InetSocketAddress nodesAddress = nodes == null ? null
                : new InetSocketAddress(InetAddress.getLoopbackAddress(), nodesPort);
        var wired = DurableEngineFactory.create(
                gateway -> EngineGateway.serve(gateway, inProcessName, nodesAddress, nodes == null ? null : nodes.token()),
                nodesPort, storage, database, System.currentTimeMillis() << 12);
        return new EngineParts(dir, storage, snapshots, database, wired.engine(), wired.streamProcessor(),
                snapshotPosition, new InProcessGateway(inProcessName, nodesPort));
    }

    private static ZeebeRocksDbFactory<ZbColumnFamilies> stateDatabase(long memory) {
        RocksDbConfiguration config = new RocksDbConfiguration().setMemoryLimit(memory);
        return new ZeebeRocksDbFactory<>(config, new ConsistencyChecksSettings(true, true),
                new AccessMetricsConfiguration(AccessMetricsConfiguration.Kind.NONE, 1), SimpleMeterRegistry::new);
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts the engine and returns once it has replayed its log; {@code started}: when the open began (nanos). */
    void start(Duration replayTimeout, long started) {
        engine.start();
        awaitReplay(replayTimeout);
        log.info("Engine ready in {} ms: snapshot at position {}, log {} KB on disk (positions {}..{})",
                (System.nanoTime() - started) / 1_000_000, snapshotPosition, storage.sizeOnDisk() / 1024,
                storage.lowestPosition(), storage.highestDurablePosition());
    }

    /** Stops the engine and closes its log: the end of a clean stop and of a halt alike. */
    void shutDown() {
        engine.stop();
        storage.close();
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
            Pause.millis(50);
        }
        throw new IllegalStateException("the engine did not finish replaying its log within " + timeout);
    }
}
