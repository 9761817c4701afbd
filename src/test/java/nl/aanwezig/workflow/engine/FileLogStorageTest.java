package nl.aanwezig.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.zeebe.logstreams.storage.LogStorage.AppendListener;
import io.camunda.zeebe.logstreams.storage.LogStorageReader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import nl.aanwezig.support.Eventually;
import org.agrona.DirectBuffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The log's own failure paths, on the files themselves: what a crash or a bad disk leaves is cut off and
 * everything before it is read back; compaction under a reader; a disk that stops taking writes.
 */
class FileLogStorageTest {

    private static final int HEADER = LogFiles.HEADER;
    private static final Duration WAIT = Duration.ofSeconds(10);

    private Path dir;
    private FileLogStorage storage;
    private final Set<Long> committed = ConcurrentHashMap.newKeySet();

    @BeforeEach
    void dir() throws IOException {
        dir = Files.createTempDirectory("engine-log");
    }

    @AfterEach
    void close() {
        if (storage != null) {
            storage.close();
        }
        StateSnapshots.deleteTree(dir);
    }

    private FileLogStorage open(long segmentBytes) {
        return open(segmentBytes, FileLogStorage.Disk.REAL);
    }

    private FileLogStorage open(long segmentBytes, FileLogStorage.Disk disk) {
        if (storage != null) {
            storage.close();
        }
        storage = new FileLogStorage(dir, segmentBytes, disk);
        return storage;
    }

    /** Batch number n holds position n and the text "batch n". */
    private void append(long n) {
        storage.append(n, n, ByteBuffer.wrap(("batch " + n).getBytes(StandardCharsets.UTF_8)), new AppendListener() {
            @Override
            public void onCommit(long index, long highestPosition) {
                committed.add(highestPosition);
            }
        });
    }

    private void appendDurably(long from, long to) {
        for (long n = from; n <= to; n++) {
            append(n);
        }
        Eventually.until(() -> storage.highestDurablePosition() >= to, WAIT, "position " + to + " on disk");
    }

    private static List<String> readAll(LogStorageReader reader) {
        List<String> batches = new ArrayList<>();
        while (reader.hasNext()) {
            batches.add(text(reader.next()));
        }
        return batches;
    }

    private static String text(DirectBuffer b) {
        return b.getStringWithoutLengthUtf8(0, b.capacity());
    }

    private static List<String> batches(long from, long to) {
        List<String> expected = new ArrayList<>();
        for (long n = from; n <= to; n++) {
            expected.add("batch " + n);
        }
        return expected;
    }

    private List<Path> segmentFiles() throws IOException {
        return LogFiles.segments(dir);
    }

    private static List<Long> frameOffsets(Path segment) throws IOException {
        return LogFiles.frames(segment).stream().map(LogFiles.FrameAt::offset).toList();
    }

    private static void flipPayloadByte(Path segment, long frameOffset) throws IOException {
        LogFiles.flipPayloadByte(segment, frameOffset);
    }

    @Test
    void a_last_frame_truncated_by_a_crash_is_cut_off_and_the_log_goes_on_after_it() throws IOException {
        open(1 << 20);
        appendDurably(1, 10);
        storage.close();
        Path segment = segmentFiles().getLast();
        long lastFrame = frameOffsets(segment).getLast();
        try (FileChannel ch = FileChannel.open(segment, StandardOpenOption.WRITE)) {
            ch.truncate(lastFrame + HEADER + 3);
        }

        open(1 << 20);

        assertThat(storage.highestDurablePosition()).isEqualTo(9);
        assertThat(readAll(storage.newReader())).isEqualTo(batches(1, 9));
        appendDurably(10, 12);
        assertThat(readAll(storage.newReader())).isEqualTo(batches(1, 12));
        open(1 << 20);
        assertThat(readAll(storage.newReader())).as("what was appended after the cut survives a restart")
                .isEqualTo(batches(1, 12));
    }

    @Test
    void garbage_after_the_last_frame_is_cut_off() throws IOException {
        open(1 << 20);
        appendDurably(1, 5);
        storage.close();
        Path segment = segmentFiles().getLast();
        long size = Files.size(segment);
        Files.write(segment, new byte[] {0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77}, StandardOpenOption.APPEND);

        open(1 << 20);

        assertThat(Files.size(segment)).isEqualTo(size);
        assertThat(LogFiles.names(dir)).as("garbage after the end is no corruption").noneMatch(n -> n.endsWith(".cut"));
        assertThat(readAll(storage.newReader())).isEqualTo(batches(1, 5));
        appendDurably(6, 6);
        assertThat(readAll(storage.newReader())).isEqualTo(batches(1, 6));
    }

    @Test
    void a_last_frame_whose_checksum_does_not_match_is_cut_off() throws IOException {
        open(1 << 20);
        appendDurably(1, 5);
        storage.close();
        Path segment = segmentFiles().getLast();
        flipPayloadByte(segment, frameOffsets(segment).getLast());

        open(1 << 20);

        assertThat(readAll(storage.newReader())).isEqualTo(batches(1, 4));
        appendDurably(5, 7);
        open(1 << 20);
        assertThat(readAll(storage.newReader())).isEqualTo(batches(1, 7));
    }

    @Test
    void a_corrupt_frame_in_the_middle_cuts_the_log_there_and_sets_what_follows_aside() throws IOException {
        // small segments: the log spans several files, the corrupt frame is in the first
        open(200);
        appendDurably(1, 20);
        storage.close();
        List<Path> before = segmentFiles();
        assertThat(before).hasSizeGreaterThan(2);
        Path first = before.getFirst();
        List<Long> frames = frameOffsets(first);
        assertThat(frames).hasSizeGreaterThan(2);
        flipPayloadByte(first, frames.get(1));

        open(200);

        assertThat(storage.highestDurablePosition()).as("only the frame before the corrupt one is trusted")
                .isEqualTo(1);
        assertThat(readAll(storage.newReader())).isEqualTo(batches(1, 1));
        assertThat(segmentFiles()).containsExactly(first);
        try (Stream<Path> files = Files.list(dir)) {
            List<String> names = files.map(p -> p.getFileName().toString()).toList();
            assertThat(names).as("the cut bytes and the later segments are kept for a look")
                    .anyMatch(n -> n.endsWith(".cut"))
                    .filteredOn(n -> n.endsWith(".discarded")).hasSize(before.size() - 1);
        }
        appendDurably(2, 3);
        open(200);
        assertThat(readAll(storage.newReader())).isEqualTo(batches(1, 3));
    }

    @Test
    void a_reader_in_a_segment_that_compaction_deletes_reads_it_to_its_end_and_goes_on() throws IOException {
        open(200);
        appendDurably(1, 30);
        assertThat(segmentFiles()).hasSizeGreaterThan(3);
        LogStorageReader reader = storage.newReader();
        reader.seek(2);
        String firstRead = text(reader.next());

        int deleted = storage.compactBelow(25);

        assertThat(deleted).isPositive();
        assertThat(storage.lowestPosition()).isGreaterThan(2);
        long lowest = storage.lowestPosition();
        List<String> rest = readAll(reader);
        // what the reader's segment held, then the oldest batch left: no garbage, no exception
        assertThat(firstRead).isEqualTo("batch 1");
        assertThat(rest).startsWith("batch 2").endsWith("batch 30").doesNotHaveDuplicates();
        assertThat(rest).containsSubsequence("batch " + lowest, "batch 30");
        assertThat(rest).allMatch(b -> b.matches("batch \\d+"));
        reader.close();
        assertThat(readAll(storage.newReader())).isEqualTo(batches(lowest, 30));
        assertThat(segmentFiles()).as("the retired segments are gone from disk").hasSizeLessThan(4);
    }

    @Test
    void a_reader_opened_after_compaction_starts_at_the_oldest_batch_left() throws IOException {
        open(200);
        appendDurably(1, 30);
        LogStorageReader idle = storage.newReader();
        idle.seek(1);
        text(idle.next());

        storage.compactBelow(25);
        long lowest = storage.lowestPosition();
        appendDurably(31, 40);

        assertThat(readAll(storage.newReader())).isEqualTo(batches(lowest, 40));
        idle.close();
    }

    /** A disk that fails every write or force once {@code full} is set. */
    private static FileLogStorage.Disk failingWhen(AtomicBoolean full, boolean writes) {
        return new FileLogStorage.Disk() {
            @Override
            public int write(FileChannel ch, ByteBuffer src, long position) throws IOException {
                if (writes && full.get()) {
                    throw new IOException("No space left on device");
                }
                return ch.write(src, position);
            }

            @Override
            public void force(FileChannel ch, boolean metadata) throws IOException {
                if (!writes && full.get()) {
                    throw new IOException("Input/output error");
                }
                ch.force(metadata);
            }
        };
    }

    @Test
    void a_force_that_fails_is_reported_and_nothing_after_it_is_acknowledged_or_accepted() throws IOException {
        AtomicBoolean full = new AtomicBoolean();
        open(1 << 20, failingWhen(full, false));
        appendDurably(1, 3);

        full.set(true);
        append(4);

        Eventually.until(() -> storage.failure().isPresent(), WAIT, "the failure to be recorded");
        assertThat(storage.failure().get()).hasMessage("Input/output error");
        assertThat(committed).as("the batch that was not forced is not acknowledged").containsOnly(1L, 2L, 3L);
        assertThat(storage.highestDurablePosition()).isEqualTo(3);
        assertThat(readAll(storage.newReader())).isEqualTo(batches(1, 3));
        full.set(false);
        assertThatThrownBy(() -> append(5)).as("later appends are refused, even once the disk answers again")
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("failed");
        assertThat(committed).doesNotContain(4L, 5L);
        storage.close();
        open(1 << 20);
        assertThat(readAll(storage.newReader())).as("a restart replays only what was acknowledged")
                .isEqualTo(batches(1, 3));
    }

    @Test
    void a_write_that_fails_is_reported_and_the_append_is_refused() throws IOException {
        AtomicBoolean full = new AtomicBoolean();
        open(1 << 20, failingWhen(full, true));
        appendDurably(1, 3);

        full.set(true);

        assertThatThrownBy(() -> append(4)).isInstanceOf(IllegalStateException.class);
        assertThat(storage.failure()).get().extracting(Throwable::getMessage).isEqualTo("No space left on device");
        full.set(false);
        assertThatThrownBy(() -> append(5)).isInstanceOf(IllegalStateException.class);
        assertThat(committed).containsOnly(1L, 2L, 3L);
        assertThat(readAll(storage.newReader())).isEqualTo(batches(1, 3));
    }
}
