package nl.aanwezig.workflow.engine;

import io.camunda.zeebe.logstreams.storage.LogStorageReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.ConcurrentSkipListMap;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * Reads batches of the engine log in position order; sees a batch as soon as it is durable. It keeps the segment of
 * the batch it returned last open, so compaction under it does not take away what it is reading.
 */
final class LogReader implements LogStorageReader {

    /** lowest position -> frame, of the durable batches of the live segments ({@link LogSegments#index()}). */
    private final ConcurrentSkipListMap<Long, LogFrame> index;
    /** The lowest position of the last batch returned; next() returns the one after it. */
    private long last = Long.MIN_VALUE;
    private LogSegment pinned;

    LogReader(ConcurrentSkipListMap<Long, LogFrame> index) {
        this.index = index;
    }

    @Override
    public void seek(long position) {
        unpin();
        // as Zeebe's own in-memory storage: start at the batch before the one that starts at position
        Long lower = index.lowerKey(position);
        Long before = lower == null ? null : index.lowerKey(lower);
        last = lower == null ? Long.MIN_VALUE : (before == null ? Long.MIN_VALUE : before);
    }

    private Map.Entry<Long, LogFrame> following() {
        if (pinned != null) {
            // first the rest of the segment this reader is in, even if compaction retired it meanwhile
            var inSegment = pinned.frames.higherEntry(last);
            if (inSegment != null) {
                return inSegment;
            }
        }
        return last == Long.MIN_VALUE ? index.firstEntry() : index.higherEntry(last);
    }

    @Override
    public boolean hasNext() {
        return following() != null;
    }

    @Override
    public DirectBuffer next() {
        while (true) {
            Map.Entry<Long, LogFrame> e = following();
            if (e == null) {
                throw new NoSuchElementException();
            }
            LogFrame f = e.getValue();
            if (f.segment() != pinned) {
                if (!f.segment().pin()) {
                    // compacted and closed between the look-up and now: its batches have left the index
                    continue;
                }
                unpin();
                pinned = f.segment();
            }
            ByteBuffer buf = ByteBuffer.allocate(f.length());
            try {
                LogFrameFormat.readFully(pinned.channel, buf, f.offset());
            } catch (IOException ex) {
                throw new UncheckedIOException("cannot read the engine log", ex);
            }
            last = e.getKey();
            return new UnsafeBuffer(buf.array());
        }
    }

    private void unpin() {
        if (pinned != null) {
            pinned.unpin();
            pinned = null;
        }
    }

    @Override
    public void close() {
        unpin();
    }
}
