package nl.aanwezig.workflow.engine;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

/** A disk for the engine's log that fails on demand ("No space left on device"), for tests outside this package. */
public final class SwitchableDisk implements FileLogStorage.Disk {

    private static final Duration REPLAY = Duration.ofMinutes(1);

    private final AtomicBoolean full = new AtomicBoolean();

    /** An engine on {@code dir} whose log is written through this disk. */
    public DurableEngine open(Path dir) {
        return DurableEngine.open(DurableEngine.Settings.at(dir), REPLAY, this);
    }

    public void fill() {
        full.set(true);
    }

    /** Room again: a log that failed stays failed all the same (tests show it). */
    public void empty() {
        full.set(false);
    }

    @Override
    public int write(FileChannel ch, ByteBuffer src, long position) throws IOException {
        return FileLogStorage.Disk.REAL.write(ch, src, position);
    }

    @Override
    public void force(FileChannel ch, boolean metadata) throws IOException {
        if (full.get()) {
            throw new IOException("No space left on device");
        }
        FileLogStorage.Disk.REAL.force(ch, metadata);
    }
}
