package nl.aanwezig.workflow.engine;

import io.camunda.zeebe.logstreams.storage.LogStorage.AppendListener;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Appends batches to the engine log and makes them durable in groups: the caller's thread writes a frame, a flusher
 * thread forces everything written since its last force with one sync, then files the batches in the index and calls
 * the listeners. On the first failed write or force it stops for good ({@link #failure()}); see
 * {@link FileLogStorage} for why.
 */
final class GroupCommitWriter {

    // the log's own category: operators filter on FileLogStorage, whichever class of it writes the line
    private static final Logger log = LoggerFactory.getLogger(FileLogStorage.class);

    private record Pending(LogFrame frame, long lowest, long entry, AppendListener listener) {
    }

    private final LogSegments segments;
    private final long segmentBytes;
    private final FileLogStorage.Disk disk;
    /** what the log's commit listeners are told after each group. */
    private final Runnable onGroupCommitted;
    private final List<Pending> pending = new ArrayList<>();
    private final Object writeLock = new Object();
    private final Thread flusher;
    private volatile boolean closed;
    private volatile Throwable failure;
    private long currentSize;
    private long entries;

    GroupCommitWriter(LogSegments segments, long entries, long segmentBytes, FileLogStorage.Disk disk,
                      Runnable onGroupCommitted) {
        this.segments = segments;
        this.entries = entries;
        this.segmentBytes = segmentBytes;
        this.disk = disk;
        this.onGroupCommitted = onGroupCommitted;
        this.currentSize = segments.current().end;
        this.flusher = Thread.ofPlatform().name("engine-log-flusher").daemon().start(this::flushLoop);
    }

    /** See {@link FileLogStorage#append(long, long, ByteBuffer, AppendListener)}. */
    void append(long lowestPosition, long highestPosition, ByteBuffer buffer, AppendListener listener) {
        byte[] bytes = new byte[buffer.remaining()];
        buffer.duplicate().get(bytes);
        ByteBuffer frame = LogFrameFormat.encode(lowestPosition, highestPosition, bytes);
        long entry;
        synchronized (writeLock) {
            if (closed) {
                throw new IllegalStateException("engine log is closed");
            }
            refuseIfFailed();
            long offset = currentSize;
            try {
                if (currentSize > 0 && currentSize + frame.remaining() > segmentBytes) {
                    segments.roll(segments.current().id + 1, disk);
                    currentSize = 0;
                    offset = 0;
                }
                while (frame.hasRemaining()) {
                    disk.write(segments.current().channel, frame, offset + frame.position());
                }
            } catch (IOException | RuntimeException e) {
                fail(e, "cannot write the engine log", false);
                refuseIfFailed();
            }
            LogSegment current = segments.current();
            currentSize = offset + LogFrameFormat.HEADER + bytes.length;
            current.end = currentSize;
            entry = ++entries;
            pending.add(new Pending(new LogFrame(current, offset + LogFrameFormat.HEADER, bytes.length,
                    highestPosition), lowestPosition, entry, listener));
            writeLock.notifyAll();
        }
        listener.onWrite(entry, highestPosition);
    }

    private void refuseIfFailed() {
        if (failure != null) {
            throw new FileLogStorage.Refused(failure);
        }
    }

    /**
     * Records the first failure, drops every batch not yet forced (none of them is acknowledged) and cuts them
     * off the files as far as the disk still lets us, so a restart does not replay commands nobody got an
     * answer for. A batch the flusher is forcing right now is kept when the failure is not the flusher's: it is
     * acknowledged if its force succeeds. Called with the write lock held.
     */
    private void fail(Throwable e, String what, boolean flusherFailed) {
        if (failure == null) {
            failure = e;
            log.error("{}; the engine log takes no more appends and the engine no more commands", what, e);
        }
        pending.clear();
        for (LogSegment s : segments.live()) {
            long keep = flusherFailed ? s.durableEnd : Math.max(s.durableEnd, s.handedEnd);
            try {
                if (s.channel.size() > keep) {
                    s.channel.truncate(keep);
                }
            } catch (IOException | RuntimeException ignored) {
                // the disk is failing: the CRC check at the next start cuts what is torn
            }
            s.end = keep;
        }
        currentSize = segments.current().end;
    }

    /** Group commit: one force for everything appended since the last one, then visibility and callbacks. */
    private void flushLoop() {
        while (true) {
            List<Pending> batch;
            Set<LogSegment> touched = new HashSet<>();
            synchronized (writeLock) {
                while (pending.isEmpty() && !closed) {
                    try {
                        writeLock.wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                if (pending.isEmpty() || failure != null) {
                    return;
                }
                batch = new ArrayList<>(pending);
                pending.clear();
                for (Pending p : batch) {
                    LogFrame f = p.frame();
                    touched.add(f.segment());
                    f.segment().handedEnd = Math.max(f.segment().handedEnd, f.offset() + f.length());
                }
            }
            try {
                for (LogSegment s : touched) {
                    disk.force(s.channel, false);
                }
            } catch (IOException | RuntimeException e) {
                synchronized (writeLock) {
                    // the batch is not on disk for certain: it is dropped with whatever came after it
                    fail(e, "cannot force the engine log to disk", true);
                }
                return;
            }
            for (Pending p : batch) {
                LogFrame f = p.frame();
                segments.index(p.lowest(), f);
                f.segment().durableEnd = Math.max(f.segment().durableEnd, f.offset() + f.length());
                segments.durableUpTo(f.highest());
                p.listener().onCommit(p.entry(), f.highest());
            }
            onGroupCommitted.run();
        }
    }

    /** The failure that stopped the log (a write or force to disk that threw), if any. */
    Optional<Throwable> failure() {
        return Optional.ofNullable(failure);
    }

    /** Takes no more appends; the flusher forces what is pending and ends (waited for up to 10 s). */
    void close() {
        synchronized (writeLock) {
            closed = true;
            writeLock.notifyAll();
        }
        try {
            flusher.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
