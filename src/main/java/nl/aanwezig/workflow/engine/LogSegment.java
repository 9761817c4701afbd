package nl.aanwezig.workflow.engine;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One segment file of the engine log. Compaction retires it; its channel is closed (and the file deleted, if the
 * platform would not delete an open file) only when no reader is positioned in it any more.
 */
final class LogSegment {

    // the log's own category: operators filter on FileLogStorage, whichever class of it writes the line
    private static final Logger log = LoggerFactory.getLogger(FileLogStorage.class);

    final long id;
    final FileChannel channel;
    /** this segment's durable batches, kept after retirement for the readers still in it. */
    final ConcurrentSkipListMap<Long, LogFrame> frames = new ConcurrentSkipListMap<>();
    /** bytes written; bytes handed to the flusher; bytes forced to disk. */
    volatile long end;
    volatile long handedEnd;
    volatile long durableEnd;
    private final Path path;
    /** told when the channel is closed after retirement, so the log stops tracking it. */
    private final Consumer<LogSegment> onReleased;
    private int readers;
    private boolean retired;
    private boolean released;

    LogSegment(long id, Path path, FileChannel channel, Consumer<LogSegment> onReleased) {
        this.id = id;
        this.path = path;
        this.channel = channel;
        this.onReleased = onReleased;
    }

    synchronized boolean pin() {
        if (released) {
            return false;
        }
        readers++;
        return true;
    }

    synchronized void unpin() {
        readers--;
        releaseIfUnused();
    }

    synchronized void retire() {
        retired = true;
        try {
            // POSIX keeps an open file readable after its name is gone: a restart never sees it again
            Files.deleteIfExists(path);
        } catch (IOException stillOpenOnThisPlatform) {
            // deleted when released
        }
        releaseIfUnused();
    }

    private void releaseIfUnused() {
        if (!retired || readers > 0 || released) {
            return;
        }
        released = true;
        onReleased.accept(this);
        try {
            channel.close();
            Files.deleteIfExists(path);
        } catch (IOException e) {
            log.warn("Could not delete engine log segment {}: {}", id, e.getMessage());
        }
    }
}
