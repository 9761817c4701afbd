package nl.aanwezig.workflow.engine;

import static nl.aanwezig.workflow.engine.LogFrameFormat.HEADER;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rebuilds the engine log's index from its segment files at a start. A torn tail of the last segment (a frame a
 * crash interrupted, or bytes after the last frame, with no valid frame after them) is cut off with a warning. A bad
 * frame with a valid frame somewhere after it, or in a segment that is not the last, is damage: the log is cut
 * there, the cut bytes and the later segments are kept aside, and the cut is logged as an error (see
 * {@link FileLogStorage}).
 */
final class LogRecovery {

    // the log's own category: operators filter on FileLogStorage, whichever class of it writes the line
    private static final Logger log = LoggerFactory.getLogger(FileLogStorage.class);

    private final SegmentFiles files;
    private final LogSegments segments;
    private long entries;

    private LogRecovery(SegmentFiles files, LogSegments segments) {
        this.files = files;
        this.segments = segments;
    }

    /**
     * Opens the segments in {@code files} into {@code segments} (a first segment if there is none) and returns how
     * many batches they hold.
     */
    static long recover(SegmentFiles files, LogSegments segments, FileLogStorage.Disk disk) throws IOException {
        LogRecovery recovery = new LogRecovery(files, segments);
        recovery.openSegments();
        if (segments.current() == null) {
            segments.roll(1, disk);
        }
        return recovery.entries;
    }

    private void openSegments() throws IOException {
        List<Long> ids = files.ids();
        Long cutIn = null;
        for (int i = 0; i < ids.size(); i++) {
            long id = ids.get(i);
            if (cutIn != null) {
                Path aside = SegmentFiles.setAside(files.path(id), ".discarded");
                log.error("Engine log segment {} follows the cut in segment {} and is not replayed; kept as {}",
                        id, cutIn, aside);
                continue;
            }
            FileChannel ch = files.openExisting(id);
            LogSegment segment = segments.open(id, ch);
            Scan scan = scan(segment);
            long size = ch.size();
            if (scan.validEnd() < size) {
                boolean last = i == ids.size() - 1;
                if (last && scan.tornTail()) {
                    log.warn("Engine log segment {}: cutting off a torn tail of {} bytes ({}: a write the last run "
                            + "did not finish, no valid frame after it)", id, size - scan.validEnd(), scan.reason());
                } else {
                    Path kept = SegmentFiles.keepCut(ch, scan.validEnd(), files.path(id));
                    log.error("Engine log segment {} is corrupt at byte {} ({}): the log is cut there and {} bytes "
                            + "after it are not replayed (kept as {}); what the engine did after position {} is lost",
                            id, scan.validEnd(), scan.reason(), size - scan.validEnd(), kept,
                            segments.highestDurable());
                    cutIn = id;
                }
                ch.truncate(scan.validEnd());
                ch.force(true);
            }
            segment.end = scan.validEnd();
            segment.handedEnd = scan.validEnd();
            segment.durableEnd = scan.validEnd();
        }
    }

    /** Where the valid frames end; tornTail when no valid frame follows the bad part, as after a crash. */
    private record Scan(long validEnd, boolean tornTail, String reason) {
    }

    /** Indexes the valid frames of a segment. */
    private Scan scan(LogSegment segment) throws IOException {
        FileChannel ch = segment.channel;
        long offset = 0;
        long size = ch.size();
        ByteBuffer header = ByteBuffer.allocate(HEADER).order(ByteOrder.LITTLE_ENDIAN);
        while (offset < size) {
            if (offset + HEADER > size) {
                return new Scan(offset, true, "incomplete frame header");
            }
            header.clear();
            LogFrameFormat.readFully(ch, header, offset);
            header.flip();
            int length = header.getInt();
            long lowest = header.getLong();
            long highest = header.getLong();
            int crc = header.getInt();
            long durable = segments.highestDurable();
            if (!LogFrameFormat.plausible(length, lowest, highest, offset, size, durable)) {
                return new Scan(offset, !LogFrameFormat.validFrameAfter(ch, offset, size, durable),
                        "impossible frame header");
            }
            ByteBuffer payload = ByteBuffer.allocate(length);
            LogFrameFormat.readFully(ch, payload, offset + HEADER);
            if (LogFrameFormat.crc(payload.array()) != crc) {
                return new Scan(offset, !LogFrameFormat.validFrameAfter(ch, offset, size, durable),
                        "checksum mismatch");
            }
            segments.index(lowest, new LogFrame(segment, offset + HEADER, length, highest));
            // plausible() made sure highest is above everything before it
            segments.durableUpTo(highest);
            entries++;
            offset += HEADER + length;
        }
        return new Scan(offset, false, "");
    }
}
