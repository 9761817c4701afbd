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

    /** Retries an assertion until it holds; the last failure is reported when time runs out. */
    public static void asserted(Runnable assertion, Duration timeout) {
        long end = System.nanoTime() + timeout.toNanos();
        while (true) {
            try {
                assertion.run();
                return;
            } catch (AssertionError e) {
                if (System.nanoTime() > end) {
                    throw e;
                }
                sleep();
            }
        }
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
