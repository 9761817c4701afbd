package nl.aanwezig.base.upload;

import java.util.function.LongSupplier;

/**
 * Watches how fast an upload arrives: it must deliver at least the minimum rate over every window and be done
 * within the total time. A body that trickles (a row every few seconds) would otherwise keep a request thread,
 * and before this check also a database connection, for as long as the sender likes.
 */
final class UploadPace {

    private final ImportLimits limits;
    private final LongSupplier nanoTime;
    private final long started;
    private long windowStart;
    private long windowBytes;

    UploadPace(ImportLimits limits, LongSupplier nanoTime) {
        this.limits = limits;
        this.nanoTime = nanoTime;
        this.started = nanoTime.getAsLong();
        this.windowStart = started;
    }

    /** Counts {@code bytes} just read; throws when the upload lags behind or has taken too long. */
    void received(int bytes) {
        long now = nanoTime.getAsLong();
        if (now - started > limits.maxUploadTime().toNanos()) {
            throw UploadRefusedException.tooLong(limits);
        }
        windowBytes += bytes;
        long elapsed = now - windowStart;
        if (elapsed >= limits.uploadRateWindow().toNanos()) {
            // a read may block longer than one window: the rate asked is over the time that passed
            double needed = limits.minUploadRate().toBytes() * (elapsed / 1e9);
            if (windowBytes < needed) {
                throw UploadRefusedException.tooSlow(limits);
            }
            windowStart = now;
            windowBytes = 0;
        }
    }
}
