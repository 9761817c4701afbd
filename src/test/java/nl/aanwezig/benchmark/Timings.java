package nl.aanwezig.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** How the on-demand benchmarks report a query's time: median and worst of repeated runs after one warm-up. */
final class Timings {

    private Timings() {
    }

    /** "x ms | y ms" (median | worst) of {@code runs} runs of {@code work}, after one run to warm up. */
    static String medianAndWorst(int runs, Supplier<?> work) {
        work.get();
        List<Long> micros = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            work.get();
            micros.add((System.nanoTime() - t) / 1_000);
        }
        micros.sort(Long::compare);
        return "%.1f ms | %.1f ms".formatted(micros.get(runs / 2) / 1000.0, micros.get(runs - 1) / 1000.0);
    }
}
