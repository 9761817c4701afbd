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
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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
 * <p>Segments wholly below a state snapshot are deleted ({@link #compactBelow}), so the log does not grow without
 * bound; a reader still positioned in such a segment keeps reading it (its file stays open until the reader
 * leaves it) and then goes on with the oldest segment left.
 *
 * <p>When a write or a force fails (a full or failing disk), the log records the failure ({@link #failure()}),
 * acknowledges nothing that was not forced, and refuses every later append: the engine stops taking commands
 * instead of answering for commands it may lose.
 */
public final class FileLogStorage implements LogStorage, Closeable {

    private static final Logger log = LoggerFactory.getLogger(FileLogStorage.class);
    private static final int HEADER = 4 + 8 + 8 + 4;
    private static final String SUFFIX = ".log";

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

    private final Path dir;
    private final long segmentBytes;
    private final Disk disk;
    /** lowest position of a batch -> where its frame is; only durable batches of live segments are in here. */
    private final ConcurrentSkipListMap<Long, Frame> index = new ConcurrentSkipListMap<>();
    private final ConcurrentSkipListMap<Long, Segment> segments = new ConcurrentSkipListMap<>();
    /** compacted segments a reader still holds open. */
    private final Set<Segment> retiredInUse = ConcurrentHashMap.newKeySet();
    private final Set<CommitListener> commitListeners = new CopyOnWriteArraySet<>();
    private final List<Pending> pending = new ArrayList<>();
    private final Object writeLock = new Object();
    private final Thread flusher;
    private volatile boolean closed;
    private volatile Throwable failure;
    private volatile Segment current;
    private long currentSize;
    private long entries;
    private volatile long highestDurable = -1;

    private record Frame(Segment segment, long offset, int length, long highest) {
    }

    private record Pending(Frame frame, long lowest, long entry, AppendListener listener) {
    }

    /**
     * One segment file. Compaction retires it; its channel is closed (and the file deleted, if the platform would
     * not delete an open file) only when no reader is positioned in it any more.
     */
    private final class Segment {
        final long id;
        final FileChannel channel;
        /** this segment's durable batches, kept after retirement for the readers still in it. */
        final ConcurrentSkipListMap<Long, Frame> frames = new ConcurrentSkipListMap<>();
        /** bytes written; bytes handed to the flusher; bytes forced to disk. */
        volatile long end;
        volatile long handedEnd;
        volatile long durableEnd;
        private int readers;
        private boolean retired;
        private boolean released;

        Segment(long id, FileChannel channel) {
            this.id = id;
            this.channel = channel;
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
                Files.deleteIfExists(segmentPath(id));
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
            retiredInUse.remove(this);
            try {
                channel.close();
                Files.deleteIfExists(segmentPath(id));
            } catch (IOException e) {
                log.warn("Could not delete engine log segment {}: {}", id, e.getMessage());
            }
        }
    }

    public FileLogStorage(Path dir, long segmentBytes) {
        this(dir, segmentBytes, Disk.REAL);
    }

    FileLogStorage(Path dir, long segmentBytes, Disk disk) {
        this.dir = dir;
        this.segmentBytes = segmentBytes;
        this.disk = disk;
        try {
            OwnerOnly.directories(dir);
            openSegments();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the engine log in " + dir, e);
        }
        this.flusher = Thread.ofPlatform().name("engine-log-flusher").daemon().start(this::flushLoop);
    }

    private void openSegments() throws IOException {
        List<Long> ids;
        try (Stream<Path> files = Files.list(dir)) {
            ids = files.map(p -> p.getFileName().toString()).filter(n -> n.matches("\\d+\\" + SUFFIX))
                    .map(n -> Long.parseLong(n.substring(0, n.length() - SUFFIX.length()))).sorted().toList();
        }
        Long cutIn = null;
        for (int i = 0; i < ids.size(); i++) {
            long id = ids.get(i);
            if (cutIn != null) {
                Path aside = setAside(segmentPath(id), ".discarded");
                log.error("Engine log segment {} follows the cut in segment {} and is not replayed; kept as {}",
                        id, cutIn, aside);
                continue;
            }
            FileChannel ch = FileChannel.open(segmentPath(id), StandardOpenOption.READ, StandardOpenOption.WRITE);
            Segment segment = new Segment(id, ch);
            segments.put(id, segment);
            Scan scan = scan(segment);
            long size = ch.size();
            if (scan.validEnd() < size) {
                boolean last = i == ids.size() - 1;
                if (last && scan.tornTail()) {
                    log.warn("Engine log segment {}: cutting off a torn tail of {} bytes ({}: a write the last run "
                            + "did not finish, no valid frame after it)", id, size - scan.validEnd(), scan.reason());
                } else {
                    Path kept = keepCut(ch, scan.validEnd(), segmentPath(id));
                    log.error("Engine log segment {} is corrupt at byte {} ({}): the log is cut there and {} bytes "
                            + "after it are not replayed (kept as {}); what the engine did after position {} is lost",
                            id, scan.validEnd(), scan.reason(), size - scan.validEnd(), kept, highestDurable);
                    cutIn = id;
                }
                ch.truncate(scan.validEnd());
                ch.force(true);
            }
            segment.end = scan.validEnd();
            segment.handedEnd = scan.validEnd();
            segment.durableEnd = scan.validEnd();
            current = segment;
            currentSize = scan.validEnd();
        }
        if (current == null) {
            roll(1);
        }
    }

    /** Where the valid frames end; tornTail when no valid frame follows the bad part, as after a crash. */
    private record Scan(long validEnd, boolean tornTail, String reason) {
    }

    /** Indexes the valid frames of a segment. */
    private Scan scan(Segment segment) throws IOException {
        FileChannel ch = segment.channel;
        long offset = 0;
        long size = ch.size();
        ByteBuffer header = ByteBuffer.allocate(HEADER).order(ByteOrder.LITTLE_ENDIAN);
        while (offset < size) {
            if (offset + HEADER > size) {
                return new Scan(offset, true, "incomplete frame header");
            }
            header.clear();
            readFully(ch, header, offset);
            header.flip();
            int length = header.getInt();
            long lowest = header.getLong();
            long highest = header.getLong();
            int crc = header.getInt();
            if (!plausible(length, lowest, highest, offset, size)) {
                return new Scan(offset, !validFrameAfter(ch, offset, size), "impossible frame header");
            }
            ByteBuffer payload = ByteBuffer.allocate(length);
            readFully(ch, payload, offset + HEADER);
            if (crc(payload.array()) != crc) {
                return new Scan(offset, !validFrameAfter(ch, offset, size), "checksum mismatch");
            }
            Frame frame = new Frame(segment, offset + HEADER, length, highest);
            index.put(lowest, frame);
            segment.frames.put(lowest, frame);
            highestDurable = highest;
            entries++;
            offset += HEADER + length;
        }
        return new Scan(offset, false, "");
    }

    private boolean plausible(int length, long lowest, long highest, long offset, long size) {
        return length > 0 && offset + HEADER + length <= size && lowest <= highest && lowest > highestDurable;
    }

    /**
     * Whether a valid frame starts anywhere after a bad one: then the bad part is not what an interrupted write
     * leaves (or garbage after the end) but damage in the middle, and valid batches are lost with the cut.
     */
    private boolean validFrameAfter(FileChannel ch, long bad, long size) throws IOException {
        if (size - bad > Integer.MAX_VALUE - 8) {
            return true;
        }
        ByteBuffer rest = ByteBuffer.allocate((int) (size - bad)).order(ByteOrder.LITTLE_ENDIAN);
        readFully(ch, rest, bad);
        byte[] bytes = rest.array();
        CRC32C c = new CRC32C();
        for (int at = 1; at + HEADER <= bytes.length; at++) {
            int length = rest.getInt(at);
            long lowest = rest.getLong(at + 4);
            long highest = rest.getLong(at + 12);
            if (plausible(length, lowest, highest, at, bytes.length)) {
                c.reset();
                c.update(bytes, at + HEADER, length);
                if ((int) c.getValue() == rest.getInt(at + 20)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Copies the bytes after a cut next to the segment, so what was cut can still be looked at. */
    private Path keepCut(FileChannel ch, long from, Path segment) throws IOException {
        Path kept = segment.resolveSibling(segment.getFileName() + "." + System.currentTimeMillis() + ".cut");
        try (FileChannel out = FileChannel.open(kept, java.util.Set.of(StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE), OwnerOnly.fileAttributes(kept))) {
            ch.transferTo(from, ch.size() - from, out);
            out.force(true);
        }
        return kept;
    }

    private static Path setAside(Path segment, String suffix) throws IOException {
        Path aside = segment.resolveSibling(segment.getFileName() + "." + System.currentTimeMillis() + suffix);
        Files.move(segment, aside, StandardCopyOption.ATOMIC_MOVE);
        return aside;
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
        if (current != null) {
            disk.force(current.channel, true);
        }
        // owner-only from the moment it exists: the log holds every route's variables
        FileChannel ch = FileChannel.open(segmentPath(id), java.util.Set.of(StandardOpenOption.CREATE_NEW,
                StandardOpenOption.READ, StandardOpenOption.WRITE), OwnerOnly.fileAttributes(segmentPath(id)));
        Segment segment = new Segment(id, ch);
        segments.put(id, segment);
        current = segment;
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

    /**
     * Writes the batch and hands it to the flusher; the listener's onCommit follows once it is on disk.
     *
     * @throws IllegalStateException when the log is closed or has failed: the batch is not written, and nothing
     *                               is acknowledged
     */
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
            refuseIfFailed();
            long offset = currentSize;
            try {
                if (currentSize > 0 && currentSize + frame.remaining() > segmentBytes) {
                    roll(current.id + 1);
                    offset = 0;
                }
                while (frame.hasRemaining()) {
                    disk.write(current.channel, frame, offset + frame.position());
                }
            } catch (IOException | RuntimeException e) {
                fail(e, "cannot write the engine log", false);
                refuseIfFailed();
            }
            currentSize = offset + HEADER + bytes.length;
            current.end = currentSize;
            entry = ++entries;
            pending.add(new Pending(new Frame(current, offset + HEADER, bytes.length, highestPosition),
                    lowestPosition, entry, listener));
            writeLock.notifyAll();
        }
        listener.onWrite(entry, highestPosition);
    }

    private void refuseIfFailed() {
        if (failure != null) {
            throw new Refused(failure);
        }
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
        for (Segment s : segments.values()) {
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
        currentSize = current.end;
    }

    /** Group commit: one force for everything appended since the last one, then visibility and callbacks. */
    private void flushLoop() {
        while (true) {
            List<Pending> batch;
            Set<Segment> touched = new HashSet<>();
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
                    Frame f = p.frame();
                    touched.add(f.segment());
                    f.segment().handedEnd = Math.max(f.segment().handedEnd, f.offset() + f.length());
                }
            }
            try {
                for (Segment s : touched) {
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
                Frame f = p.frame();
                index.put(p.lowest(), f);
                f.segment().frames.put(p.lowest(), f);
                f.segment().durableEnd = Math.max(f.segment().durableEnd, f.offset() + f.length());
                highestDurable = Math.max(highestDurable, f.highest());
                p.listener().onCommit(p.entry(), f.highest());
            }
            commitListeners.forEach(CommitListener::onCommit);
        }
    }

    /** The failure that stopped the log (a write or force to disk that threw), if any. */
    public Optional<Throwable> failure() {
        return Optional.ofNullable(failure);
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
        for (Segment s : List.copyOf(segments.values())) {
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

    /** Bytes of log on disk. */
    public long sizeOnDisk() {
        long total = 0;
        for (Segment s : segments.values()) {
            try {
                total += s.channel.size();
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
        for (Segment s : retiredInUse) {
            try {
                s.channel.close();
            } catch (IOException ignored) {
                // a reader left open: closing anyway
            }
        }
        for (Segment s : segments.values()) {
            try {
                if (failure == null) {
                    s.channel.force(true);
                }
                s.channel.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }

    /**
     * Reads batches in position order; sees a batch as soon as it is durable. It keeps the segment of the batch
     * it returned last open, so compaction under it does not take away what it is reading.
     */
    private final class Reader implements LogStorageReader {
        /** The lowest position of the last batch returned; next() returns the one after it. */
        private long last = Long.MIN_VALUE;
        private Segment pinned;

        @Override
        public void seek(long position) {
            unpin();
            // as Zeebe's own in-memory storage: start at the batch before the one that starts at position
            Long lower = index.lowerKey(position);
            Long before = lower == null ? null : index.lowerKey(lower);
            last = lower == null ? Long.MIN_VALUE : (before == null ? Long.MIN_VALUE : before);
        }

        private Map.Entry<Long, Frame> following() {
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
                Map.Entry<Long, Frame> e = following();
                if (e == null) {
                    throw new NoSuchElementException();
                }
                Frame f = e.getValue();
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
                    readFully(pinned.channel, buf, f.offset());
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
}
