package nl.aanwezig.workflow.engine;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes the state snapshots of a {@link DurableEngine} and compacts its log behind them, and knows the position of
 * the newest one. The engine decides when a snapshot may be taken ({@link DurableEngine#snapshot()}); this does it.
 */
final class EngineSnapshotter {

    // the engine's own category: operators filter on DurableEngine, whichever class of it writes the line
    private static final Logger log = LoggerFactory.getLogger(DurableEngine.class);

    private final EngineParts parts;
    private volatile long position;

    EngineSnapshotter(EngineParts parts) {
        this.parts = parts;
        this.position = parts.snapshotPosition();
    }

    /** The position of the newest snapshot; 0 before the first. */
    long position() {
        return position;
    }

    /**
     * Writes a snapshot of the state if anything was processed since the last one, then deletes the log segments
     * wholly below it. Processing pauses for the checkpoint (RocksDB hard-links its files: milliseconds), so the
     * snapshot's position is exactly what its state holds. Returns the snapshot's position.
     */
    long take() {
        var processor = parts.processor();
        try {
            processor.pauseProcessing().get(30, TimeUnit.SECONDS);
            try {
                long processed = processor.getLastProcessedPositionAsync().get(30, TimeUnit.SECONDS);
                if (processed <= position) {
                    return position;
                }
                long written = processor.getLastWrittenPositionAsync().get(30, TimeUnit.SECONDS);
                Path pending = parts.snapshots().pending();
                parts.database().createSnapshot(pending.toFile());
                // the state may hold what follow-up records of the processed position wrote: they must be on disk
                awaitDurable(written);
                position = parts.snapshots().commit(pending, processed).position();
                // RocksDB writes its files as the process's umask says; the snapshot shares them (hard links)
                OwnerOnly.tighten(parts.dir().resolve("runtime"));
            } finally {
                processor.resumeProcessing();
            }
            int deleted = parts.storage().compactBelow(position);
            log.debug("Engine snapshot at position {}; {} log segments compacted", position, deleted);
            return position;
        } catch (TimeoutException | ExecutionException | IllegalStateException e) {
            log.warn("Engine snapshot skipped: {}", e.toString());
            return position;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return position;
        }
    }

    private void awaitDurable(long position) throws TimeoutException {
        FileLogStorage storage = parts.storage();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (storage.highestDurablePosition() < position) {
            if (storage.failure().isPresent()) {
                throw new IllegalStateException("the engine log failed; no snapshot", storage.failure().get());
            }
            if (System.nanoTime() > deadline) {
                // a snapshot of a state ahead of the log on disk could not be replayed after a crash
                throw new TimeoutException("the engine log did not reach position " + position + " on disk");
            }
            Pause.millis(5);
        }
    }
}
