package nl.aanwezig.workflow.engine;

import io.camunda.zeebe.logstreams.storage.LogStorage;
import io.camunda.zeebe.logstreams.storage.LogStorageReader;
import io.camunda.zeebe.util.buffer.BufferWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.stream.Stream;
import java.util.zip.CRC32C;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Zeebe's log on disk: what makes the in-process engine durable. Every batch the engine appends is one frame
 * (length, lowest and highest position, CRC32C, payload) in a segment file. A batch becomes visible to the
 * engine's readers, and is reported committed, only once it is forced to disk; a group of appends shares one
 * force, so the engine is not held to one disk sync per record. On open the index is rebuilt from the frames and
 * a torn or corrupt tail (a crash during a write) is cut off. Segments wholly below a state snapshot are deleted
 * ({@link #compactBelow}), so the log does not grow without bound.
 */
public final class FileLogStorage implements LogStorage, Closeable {

    private static final Logger log = LoggerFactory.getLogger(FileLogStorage.class);
    private static final int HEADER = 4 + 8 + 8 + 4;
    private static final String SUFFIX = ".log";

    private final Path dir;
    private final long segmentBytes;
    /** lowest position of a batch -> where its frame is; only durable batches are in here. */
    private final ConcurrentSkipListMap<Long, Frame> index = new ConcurrentSkipListMap<>();
    private final Map<Long, FileChannel> segments = new ConcurrentSkipListMap<>();
    /** segment -> {lowest position of its last durable batch, highest position in it}: what compaction needs. */
    private final Map<Long, long[]> segmentLast = new ConcurrentSkipListMap<>();
    private final Set<CommitListener> commitListeners = new CopyOnWriteArraySet<>();
    private final List<Pending> pending = new ArrayList<>();
    private final Object writeLock = new Object();
    private final Thread flusher;
    private volatile boolean closed;
    private long currentSegment;
    private FileChannel current;
    private long currentSize;
    private long entries;
    private volatile long highestDurable = -1;

    private record Frame(long segment, long offset, int length, long highest) {
    }

    private record Pending(Frame frame, long lowest, long entry, AppendListener listener) {
    }

    public FileLogStorage(Path dir, long segmentBytes) {
        this.dir = dir;
        this.segmentBytes = segmentBytes;
        try {
            Files.createDirectories(dir);
            openSegments();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the engine log in " + dir, e);
        }
        this.flusher = Thread.ofPlatform().name("engine-log-flusher").daemon().start(this::flushLoop);
    }

    private void openSegments() throws IOException {
        List<Long> ids;
        try (Stream<Path> files = Files.list(dir)) {
            ids = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(SUFFIX))
                    .map(n -> Long.parseLong(n.substring(0, n.length() - SUFFIX.length()))).sorted().toList();
        }
        for (long id : ids) {
            FileChannel ch = FileChannel.open(segmentPath(id), StandardOpenOption.READ, StandardOpenOption.WRITE);
            segments.put(id, ch);
            long validEnd = scan(id, ch);
            if (validEnd < ch.size()) {
                log.warn("Engine log segment {}: cutting off a torn tail of {} bytes", id, ch.size() - validEnd);
                ch.truncate(validEnd);
                ch.force(true);
            }
            currentSegment = id;
            current = ch;
            currentSize = validEnd;
        }
        if (current == null) {
            roll(1);
        }
    }

    /** Indexes the valid frames of a segment; returns where the valid part ends. */
    private long scan(long id, FileChannel ch) throws IOException {
        long offset = 0;
        long size = ch.size();
        ByteBuffer header = ByteBuffer.allocate(HEADER).order(ByteOrder.LITTLE_ENDIAN);
        while (offset + HEADER <= size) {
            header.clear();
            readFully(ch, header, offset);
            header.flip();
            int length = header.getInt();
            long lowest = header.getLong();
            long highest = header.getLong();
            int crc = header.getInt();
            if (length <= 0 || offset + HEADER + length > size) {
                break;
            }
            ByteBuffer payload = ByteBuffer.allocate(length);
            readFully(ch, payload, offset + HEADER);
            if (crc(payload.array()) != crc) {
                break;
            }
            index.put(lowest, new Frame(id, offset + HEADER, length, highest));
            segmentLast.put(id, new long[] {lowest, highest});
            highestDurable = Math.max(highestDurable, highest);
            entries++;
            offset += HEADER + length;
        }
        return offset;
    }

    private static void readFully(FileChannel ch, ByteBuffer buf, long at) throws IOException {
        long pos = at;
        while (buf.hasRemaining()) {
            int n = ch.read(buf, pos);
            if (n < 0) {
                throw new IOException("unexpected end of engine log segment");
            }
            pos += n;
        }
    }

    private static int crc(byte[] bytes) {
        CRC32C c = new CRC32C();
        c.update(bytes);
        return (int) c.getValue();
    }

    private Path segmentPath(long id) {
        return dir.resolve("%012d%s".formatted(id, SUFFIX));
    }

    private void roll(long id) throws IOException {
        FileChannel ch = FileChannel.open(segmentPath(id), StandardOpenOption.CREATE_NEW, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        if (current != null) {
            current.force(true);
        }
        segments.put(id, ch);
        currentSegment = id;
        current = ch;
        currentSize = 0;
        forceDirectory();
    }

    private void forceDirectory() {
        try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
            d.force(true);
        } catch (IOException ignored) {
            // not every file system lets a directory be opened; the segment files themselves are forced
        }
    }

    @Override
    public LogStorageReader newReader() {
        return new Reader();
    }

    @Override
    public void append(long lowestPosition, long highestPosition, BufferWriter writer, AppendListener listener) {
        ByteBuffer payload = ByteBuffer.allocate(writer.getLength());
        writer.write(new UnsafeBuffer(payload), 0);
        append(lowestPosition, highestPosition, payload, listener);
    }

    @Override
    public void append(long lowestPosition, long highestPosition, ByteBuffer buffer, AppendListener listener) {
        byte[] bytes = new byte[buffer.remaining()];
        buffer.duplicate().get(bytes);
        ByteBuffer frame = ByteBuffer.allocate(HEADER + bytes.length).order(ByteOrder.LITTLE_ENDIAN);
        frame.putInt(bytes.length).putLong(lowestPosition).putLong(highestPosition).putInt(crc(bytes)).put(bytes).flip();
        long entry;
        synchronized (writeLock) {
            if (closed) {
                throw new IllegalStateException("engine log is closed");
            }
            try {
                if (currentSize > 0 && currentSize + frame.remaining() > segmentBytes) {
                    roll(currentSegment + 1);
                }
                long offset = currentSize;
                while (frame.hasRemaining()) {
                    current.write(frame, currentSize + (frame.position()));
                }
                currentSize += HEADER + bytes.length;
                entry = ++entries;
                pending.add(new Pending(new Frame(currentSegment, offset + HEADER, bytes.length, highestPosition),
                        lowestPosition, entry, listener));
                writeLock.notifyAll();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the engine log", e);
            }
        }
        listener.onWrite(entry, highestPosition);
    }

    /** Group commit: one force for everything appended since the last one, then visibility and callbacks. */
    private void flushLoop() {
        while (true) {
            List<Pending> batch;
            FileChannel toForce;
            Set<FileChannel> channels = new java.util.HashSet<>();
            synchronized (writeLock) {
                while (pending.isEmpty() && !closed) {
                    try {
                        writeLock.wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                if (pending.isEmpty()) {
                    return;
                }
                batch = new ArrayList<>(pending);
                pending.clear();
                for (Pending p : batch) {
                    channels.add(segments.get(p.frame().segment()));
                }
                toForce = current;
                channels.add(toForce);
            }
            try {
                for (FileChannel ch : channels) {
                    ch.force(false);
                }
            } catch (IOException e) {
                log.error("Cannot force the engine log to disk; the engine stops taking commands", e);
                return;
            }
            for (Pending p : batch) {
                index.put(p.lowest(), p.frame());
                segmentLast.put(p.frame().segment(), new long[] {p.lowest(), p.frame().highest()});
                highestDurable = Math.max(highestDurable, p.frame().highest());
                p.listener().onCommit(p.entry(), p.frame().highest());
            }
            commitListeners.forEach(CommitListener::onCommit);
        }
    }

    /** The highest position forced to disk and visible to readers; -1 when the log is empty. */
    public long highestDurablePosition() {
        return highestDurable;
    }

    /** The lowest position still in the log, or -1 when the log is empty. */
    public long lowestPosition() {
        var first = index.firstEntry();
        return first == null ? -1 : first.getKey();
    }

    /** Deletes the segments whose every batch lies below {@code position}; never the segment being written. */
    public int compactBelow(long position) {
        int deleted = 0;
        for (long id : List.copyOf(segments.keySet())) {
            if (id == currentSegment) {
                break;
            }
            long[] last = segmentLast.get(id);
            if (last != null && last[1] >= position) {
                break;
            }
            if (last != null) {
                // batches are in position order across segments: this one's are all up to its last batch
                index.headMap(last[0], true).clear();
                segmentLast.remove(id);
            }
            FileChannel ch = segments.remove(id);
            try {
                ch.close();
                Files.deleteIfExists(segmentPath(id));
                deleted++;
            } catch (IOException e) {
                log.warn("Could not delete engine log segment {}: {}", id, e.getMessage());
            }
        }
        return deleted;
    }

    /** Bytes of log on disk. */
    public long sizeOnDisk() {
        long total = 0;
        for (FileChannel ch : segments.values()) {
            try {
                total += ch.size();
            } catch (IOException ignored) {
                // a segment being deleted
            }
        }
        return total;
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
        synchronized (writeLock) {
            closed = true;
            writeLock.notifyAll();
        }
        try {
            flusher.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (FileChannel ch : segments.values()) {
            try {
                ch.force(true);
                ch.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }

    /** Reads batches in position order; sees a batch as soon as it is durable. */
    private final class Reader implements LogStorageReader {
        /** The lowest position of the last batch returned; next() returns the one after it. */
        private long last = Long.MIN_VALUE;

        @Override
        public void seek(long position) {
            // as Zeebe's own in-memory storage: start at the batch before the one that starts at position
            Long lower = index.lowerKey(position);
            Long before = lower == null ? null : index.lowerKey(lower);
            last = lower == null ? Long.MIN_VALUE : (before == null ? Long.MIN_VALUE : before);
        }

        @Override
        public boolean hasNext() {
            return (last == Long.MIN_VALUE ? index.firstEntry() : index.higherEntry(last)) != null;
        }

        @Override
        public DirectBuffer next() {
            Map.Entry<Long, Frame> e = last == Long.MIN_VALUE ? index.firstEntry() : index.higherEntry(last);
            if (e == null) {
                throw new NoSuchElementException();
            }
            Frame f = e.getValue();
            FileChannel ch = segments.get(f.segment());
            if (ch == null) {
                // compacted away under us: go on with what is left
                last = e.getKey();
                return next();
            }
            ByteBuffer buf = ByteBuffer.allocate(f.length());
            try {
                readFully(ch, buf, f.offset());
            } catch (IOException ex) {
                throw new UncheckedIOException("cannot read the engine log", ex);
            }
            last = e.getKey();
            return new UnsafeBuffer(buf.array());
        }

        @Override
        public void close() {
            // nothing held
        }
    }
}
