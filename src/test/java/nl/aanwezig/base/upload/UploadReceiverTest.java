package nl.aanwezig.base.upload;

import nl.aanwezig.attendance.importing.ImportTestFiles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

/** Receiving an upload within the limits: size, rate over each window, total time; on a clock of the test's own. */
class UploadReceiverTest {

    /** 1 MB at most, 1 KB/s over every 10 s, 60 s in all. */
    private static final ImportLimits LIMITS = new ImportLimits(DataSize.ofMegabytes(1), DataSize.ofKilobytes(1),
            Duration.ofSeconds(10), Duration.ofSeconds(60), DataSize.ofGigabytes(1), 100, 32_767);

    @TempDir
    Path dir;

    private final AtomicLong now = new AtomicLong();

    private UploadReceiver receiver() {
        return new UploadReceiver(LIMITS, dir, now::get);
    }

    @Test
    void leftovers_of_a_crashed_run_older_than_the_cut_off_are_deleted_and_newer_and_other_files_are_kept()
            throws IOException {
        java.time.Instant cutOff = java.time.Instant.parse("2026-12-07T05:00:00Z");
        Path oldUpload = aged(dir.resolve("aanwezig-upload-1.part"), cutOff.minusSeconds(60));
        Path oldImport = aged(dir.resolve("aanwezig-import-2.part"), cutOff.minusSeconds(60));
        Path inUse = aged(dir.resolve("aanwezig-upload-3.part"), cutOff.plusSeconds(60));
        Path notOurs = aged(dir.resolve("other-upload-4.part"), cutOff.minusSeconds(60));

        assertThat(receiver().deleteLeftovers(cutOff)).isEqualTo(2);

        assertThat(oldUpload).doesNotExist();
        assertThat(oldImport).doesNotExist();
        assertThat(inUse).exists();
        assertThat(notOurs).exists();
    }

    private static Path aged(Path file, java.time.Instant modified) throws IOException {
        Files.writeString(file, "x");
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.from(modified));
        return file;
    }

    @Test
    void a_body_within_the_limits_is_copied_whole_to_a_temporary_file() throws IOException {
        byte[] body = new byte[300_000];
        body[299_999] = 7;

        Path file = receiver().receive(new ByteArrayInputStream(body), body.length);

        assertThat(file.getParent()).isEqualTo(dir);
        assertThat(Files.readAllBytes(file)).isEqualTo(body);
    }

    @Test
    void a_declared_length_over_the_limit_is_refused_before_the_body_is_read() {
        InputStream unreadable = new InputStream() {
            @Override
            public int read() {
                throw new AssertionError("the body must not be read");
            }
        };

        assertThatThrownBy(() -> receiver().receive(unreadable, DataSize.ofMegabytes(2).toBytes()))
                .isInstanceOfSatisfying(UploadRefusedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(UploadRefusedException.Reason.TOO_LARGE);
                    assertThat(e.dutch()).isEqualTo("Het bestand is te groot: hoogstens 1 MB. Er is niets ingelezen; "
                            + "splits het bestand in kleinere delen.");
                });
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void an_undeclared_body_over_the_limit_is_cut_off_and_leaves_no_file() {
        InputStream endless = ImportTestFiles.endless();

        assertThatThrownBy(() -> receiver().receive(endless, -1))
                .isInstanceOfSatisfying(UploadRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo(UploadRefusedException.Reason.TOO_LARGE));
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void a_body_that_trickles_below_the_minimum_rate_is_cut_off_as_too_slow() {
        // a row of 60 bytes every 5 seconds: 12 bytes/s against the 1 KB/s asked
        InputStream trickle = new Trickle(60, Duration.ofSeconds(5), 1_000);

        assertThatThrownBy(() -> receiver().receive(trickle, -1))
                .isInstanceOfSatisfying(UploadRefusedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(UploadRefusedException.Reason.TOO_SLOW);
                    assertThat(e.dutch()).isEqualTo("Het uploaden ging te traag (minder dan 1 KB per seconde gedurende "
                            + "10 seconden) en is afgebroken. Er is niets ingelezen; probeer het opnieuw.");
                });
        assertThat(Duration.ofNanos(now.get())).isEqualTo(Duration.ofSeconds(10)); // cut at the first window's end
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void a_slow_body_that_keeps_the_minimum_rate_is_received() throws IOException {
        // 2 KB every second, 20 times: slow, but above 1 KB/s in every window
        Path file = receiver().receive(new Trickle(2_048, Duration.ofSeconds(1), 20), -1);

        assertThat(Files.size(file)).isEqualTo(20 * 2_048);
    }

    @Test
    void an_upload_that_keeps_the_rate_but_takes_longer_than_the_total_time_is_cut_off() {
        // 5 KB/s is fast enough per window, but 900 KB take three minutes against the 60 s allowed
        InputStream steady = new Trickle(5_000, Duration.ofSeconds(1), 180);

        assertThatThrownBy(() -> receiver().receive(steady, -1))
                .isInstanceOfSatisfying(UploadRefusedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(UploadRefusedException.Reason.TOO_LONG);
                    assertThat(e.dutch()).isEqualTo("Het uploaden duurde langer dan 1 minuut en is afgebroken. "
                            + "Er is niets ingelezen; probeer het opnieuw of splits het bestand.");
                });
        assertThat(dir).isEmptyDirectory();
    }

    /** Delivers {@code chunk} bytes per read, moving the test's clock on by {@code pause} before each. */
    private final class Trickle extends InputStream {
        private final int chunk;
        private final Duration pause;
        private int chunksLeft;

        Trickle(int chunk, Duration pause, int chunks) {
            this.chunk = chunk;
            this.pause = pause;
            this.chunksLeft = chunks;
        }

        @Override
        public int read() {
            throw new UnsupportedOperationException();
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (chunksLeft-- == 0) {
                return -1;
            }
            now.addAndGet(pause.toNanos());
            int n = Math.min(len, chunk);
            java.util.Arrays.fill(b, off, off + n, (byte) 'r');
            return n;
        }
    }
}
