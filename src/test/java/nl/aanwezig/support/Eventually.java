package nl.aanwezig.support;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/** Waits for something the engine does on its own threads (workers, timers). */
public final class Eventually {

    private Eventually() {
    }

    public static <T> T get(Supplier<Optional<T>> probe, Duration timeout, String what) {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            Optional<T> value = probe.get();
            if (value.isPresent()) {
                return value.get();
            }
            sleep();
        }
        throw new AssertionError("timed out after " + timeout + " waiting for " + what);
    }

    public static void until(Supplier<Boolean> condition, Duration timeout, String what) {
        get(() -> condition.get() ? Optional.of(true) : Optional.empty(), timeout, what);
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
