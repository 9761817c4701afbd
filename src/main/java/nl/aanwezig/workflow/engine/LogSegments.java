package nl.aanwezig.workflow.engine;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.BooleanSupplier;

/**
 * The engine log's live segments and the index of its durable batches: what {@link LogRecovery} rebuilds at a
 * start, {@link GroupCommitWriter} extends, {@link LogReader} reads and compaction shrinks. One place for this state
 * because all of them must agree on it; each keeps its own locking (the writer's lock for writes, the concurrent
 * maps and volatiles for everyone else).
 */
final class LogSegments {

    private final SegmentFiles files;
    /** lowest position of a batch -> where its frame is; only durable batches of live segments are in here. */
    private final ConcurrentSkipListMap<Long, LogFrame> index = new ConcurrentSkipListMap<>();
    private final ConcurrentSkipListMap<Long, LogSegment> segments = new ConcurrentSkipListMap<>();
    /** compacted segments a reader still holds open. */
    private final Set<LogSegment> retiredInUse = ConcurrentHashMap.newKeySet();
    private volatile LogSegment current;
    private volatile long highestDurable = -1;

    LogSegments(SegmentFiles files) {
        this.files = files;
    }

    /** An existing segment file, opened at a start; it becomes the one written until a later one is opened. */
    LogSegment open(long id, FileChannel channel) {
        LogSegment segment = new LogSegment(id, files.path(id), channel, retiredInUse::remove);
        segments.put(id, segment);
        current = segment;
        return segment;
    }

    /** Forces the segment being written, then starts a new, empty one with {@code id} and writes there from now. */
    LogSegment roll(long id, FileLogStorage.Disk disk) throws IOException {
        if (current != null) {
            disk.force(current.channel, true);
        }
        LogSegment segment = new LogSegment(id, files.path(id), files.create(id), retiredInUse::remove);
        segments.put(id, segment);
        current = segment;
        files.forceDirectory();
        return segment;
    }

    /** The segment being written; null only before the first one is opened. */
    LogSegment current() {
        return current;
    }

    Collection<LogSegment> live() {
        return segments.values();
    }

    /** The map readers find batches in: lowest position -> frame. */
    ConcurrentSkipListMap<Long, LogFrame> index() {
        return index;
    }

    /** Makes a batch on disk findable by readers. */
    void index(long lowest, LogFrame frame) {
        index.put(lowest, frame);
        frame.segment().frames.put(lowest, frame);
    }

    /** Positions up to {@code highest} are on disk. */
    void durableUpTo(long highest) {
        highestDurable = Math.max(highestDurable, highest);
    }

    long highestDurable() {
        return highestDurable;
    }

    long lowestPosition() {
        var first = index.firstEntry();
        return first == null ? -1 : first.getKey();
    }

    /** Deletes the segments whose every batch lies below {@code position}; never the segment being written. */
    int compactBelow(long position) {
        int deleted = 0;
        for (LogSegment s : List.copyOf(segments.values())) {
            if (s == current || s.durableEnd < s.end) {
                break;
            }
            var last = s.frames.lastEntry();
            if (last != null && last.getValue().highest() >= position) {
                break;
            }
            if (last != null) {
                // batches are in position order across segments: this one's are all up to its last batch
                index.headMap(last.getKey(), true).clear();
            }
            segments.remove(s.id);
            retiredInUse.add(s);
            s.retire();
            deleted++;
        }
        return deleted;
    }

    long sizeOnDisk() {
        long total = 0;
        for (LogSegment s : segments.values()) {
            try {
                total += s.channel.size();
            } catch (IOException ignored) {
                // a segment being deleted
            }
        }
        return total;
    }

    /** Closes every file; forces each live one first while the disk is {@code healthy} (else forcing is pointless). */
    void closeAll(BooleanSupplier healthy) {
        for (LogSegment s : retiredInUse) {
            try {
                s.channel.close();
            } catch (IOException ignored) {
                // a reader left open: closing anyway
            }
        }
        for (LogSegment s : segments.values()) {
            try {
                if (healthy.getAsBoolean()) {
                    s.channel.force(true);
                }
                s.channel.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }
}
