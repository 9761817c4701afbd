package nl.aanwezig.demo;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import nl.aanwezig.cases.tasks.TaskItem;

/**
 * How {@link DemoJourneys} waits for the engine: the routes run asynchronously, so each next task appears in the
 * inbox some time after the step before it. Polls every 250 ms, for at most {@link #WAIT}.
 */
final class DemoWaits {

    static final Duration WAIT = Duration.ofSeconds(90);

    /** The SAT analyses once the demo's signals have all reached the inbox (the count holds for a few seconds). */
    static List<TaskItem> settled(Supplier<List<TaskItem>> probe) {
        List<TaskItem> last = List.of();
        int stable = 0;
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline && (last.isEmpty() || stable < 20)) {
            List<TaskItem> now = probe.get();
            stable = now.size() == last.size() ? stable + 1 : 0;
            last = now;
            sleep();
        }
        return last;
    }

    static <T> T await(Supplier<Optional<T>> probe, String what) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<T> found = probe.get();
            if (found.isPresent()) {
                return found.get();
            }
            sleep();
        }
        throw new IllegalStateException("demo journeys: no " + what + " within " + WAIT);
    }

    private static void sleep() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("demo journeys interrupted", e);
        }
    }

    private DemoWaits() {
    }
}
