package nl.aanwezig.workflow.engine;

import io.camunda.zeebe.logstreams.storage.LogStorage;
import io.camunda.zeebe.logstreams.storage.LogStorageReader;
import io.camunda.zeebe.util.buffer.BufferWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * Zeebe's log on disk: what makes the in-process engine durable. Every batch the engine appends is one frame
 * (length, lowest and highest position, CRC32C, payload) in a segment file. A batch becomes visible to the
 * engine's readers, and is reported committed, only once it is forced to disk; a group of appends shares one
 * force, so the engine is not held to one disk sync per record.
 *
 * <p>On open the index is rebuilt from the frames. A torn tail of the last segment (a frame a crash interrupted,
 * or bytes after the last frame, with no valid frame after them) is cut off with a warning. A bad frame (CRC
 * mismatch, impossible header) with a valid frame somewhere after it, or in a segment that is not the last, means
 * the disk returned something else than was written: the log is cut at that frame, because positions after a hole
 * cannot be replayed and what follows it cannot be trusted; the cut bytes and the later segments are kept aside
 * ({@code *.cut}, {@code *.discarded}) and the cut is logged as an error. (A start then refuses a log cut below the
 * state snapshot: see {@link DurableEngine}.)
 *
 * <p>The parts: {@link LogFrameFormat} (the bytes of a frame), {@link SegmentFiles} (the files), {@link LogSegment}
 * and {@link LogSegments} (the live segments and the index), {@link LogRecovery} (the start), {@link GroupCommitWriter}
 * (appends and forces) and {@link LogReader}; this class puts them together behind Zeebe's {@link LogStorage}.
 *
 * <p>Segments wholly below a state snapshot are deleted ({@link #compactBelow}), so the log does not grow without
 * bound; a reader still positioned in such a segment keeps reading it (its file stays open until the reader
 * leaves it) and then goes on with the oldest segment left.
 *
 * <p>When a write or a force fails (a full or failing disk), the log records the failure ({@link #failure()}),
 * acknowledges nothing that was not forced, and refuses every later append: the engine stops taking commands
 * instead of answering for commands it may lose.
 */
public final class FileLogStorage implements LogStorage, Closeable {

    /** The file operations that can fail on a full or broken disk; a test replaces them to make them fail. */
    interface Disk {
        Disk REAL = new Disk() {
            @Override
            public int write(FileChannel ch, ByteBuffer src, long position) throws IOException {
                return ch.write(src, position);
            }

            @Override
            public void force(FileChannel ch, boolean metadata) throws IOException {
                ch.force(metadata);
            }
        };

        int write(FileChannel ch, ByteBuffer src, long position) throws IOException;

        void force(FileChannel ch, boolean metadata) throws IOException;
    }

    private final Set<CommitListener> commitListeners = new CopyOnWriteArraySet<>();
    private final LogSegments segments;
    private final GroupCommitWriter groupCommit;

    public FileLogStorage(Path dir, long segmentBytes) {
        this(dir, segmentBytes, Disk.REAL);
    }

    FileLogStorage(Path dir, long segmentBytes, Disk disk) {
        SegmentFiles files = new SegmentFiles(dir);
        this.segments = new LogSegments(files);
        long entries;
        try {
            OwnerOnly.directories(dir);
            entries = LogRecovery.recover(files, segments, disk);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the engine log in " + dir, e);
        }
        this.groupCommit = new GroupCommitWriter(segments, entries, segmentBytes, disk,
                () -> commitListeners.forEach(CommitListener::onCommit));
    }

    @Override
    public LogStorageReader newReader() {
        return new LogReader(segments.index());
    }

    @Override
    public void append(long lowestPosition, long highestPosition, BufferWriter writer, AppendListener listener) {
        ByteBuffer payload = ByteBuffer.allocate(writer.getLength());
        writer.write(new UnsafeBuffer(payload), 0);
        append(lowestPosition, highestPosition, payload, listener);
    }

    /**
     * Writes the batch and hands it to the flusher; the listener's onCommit follows once it is on disk.
     *
     * @throws IllegalStateException when the log is closed or has failed: the batch is not written, and nothing
     *                               is acknowledged
     */
    @Override
    public void append(long lowestPosition, long highestPosition, ByteBuffer buffer, AppendListener listener) {
        groupCommit.append(lowestPosition, highestPosition, buffer, listener);
    }

    /**
     * What every append after a failure throws. Without a stack trace or cause: the failure is logged once with
     * its own, and the gateway logs each refused command, so a full disk would otherwise fill up with traces.
     */
    static final class Refused extends IllegalStateException {
        Refused(Throwable failure) {
            super("the engine log failed and takes no more appends: " + failure);
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
    }

    /** The failure that stopped the log (a write or force to disk that threw), if any. */
    public Optional<Throwable> failure() {
        return groupCommit.failure();
    }

    /** The highest position forced to disk and visible to readers; -1 when the log is empty. */
    public long highestDurablePosition() {
        return segments.highestDurable();
    }

    /** The lowest position still in the log, or -1 when the log is empty. */
    public long lowestPosition() {
        return segments.lowestPosition();
    }

    /** Deletes the segments whose every batch lies below {@code position}; never the segment being written. */
    public int compactBelow(long position) {
        return segments.compactBelow(position);
    }

    /** Bytes of log on disk. */
    public long sizeOnDisk() {
        return segments.sizeOnDisk();
    }

    @Override
    public void addCommitListener(CommitListener listener) {
        commitListeners.add(listener);
    }

    @Override
    public void removeCommitListener(CommitListener listener) {
        commitListeners.remove(listener);
    }

    @Override
    public void close() {
        groupCommit.close();
        segments.closeAll(() -> groupCommit.failure().isEmpty());
    }
}
