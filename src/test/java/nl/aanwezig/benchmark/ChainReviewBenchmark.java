package nl.aanwezig.benchmark;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import nl.aanwezig.chainreview.ChainReviews;
import nl.aanwezig.chainreview.Preparation;
import nl.aanwezig.chainreview.export.RegistrationExport;
import nl.aanwezig.chainreview.export.ReviewReport;
import nl.aanwezig.chainreview.figures.RegionFigures;
import nl.aanwezig.chainreview.figures.RodeDraadSuggestions;
import nl.aanwezig.support.AsUser;
import nl.aanwezig.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * On demand: the quarterly chain review of a region of 40 schools with 2,000 tier-3 cases (orange and red, most with a
 * support plan, many with participants), 300 thuiszitters (LRV signals from 4 weeks to a year old, 5 sub a exemptions)
 * and 30 children enrolled nowhere, and 8 weeks of attendance for its 10,000 pupils. Measures the preparation of the
 * whole region (a fresh quarter each run; the first also enters the registration), the meeting list as the chair, the
 * registration's XLSX, the review's PDF, and for information the region's figures and the rode draad's suggestions.
 * Targets: preparation under 2 s, the list under 200 ms, the XLSX under 3 s, the PDF under 5 s. It reports; it does
 * not assert times.
 * <pre>
 * ./mvnw -o test -Dtest=ChainReviewBenchmark -Daanwezig.benchmark.chainreview=true
 * </pre>
 */
@IntegrationTest
@EnabledIfSystemProperty(named = "aanwezig.benchmark.chainreview", matches = "true")
@TestPropertySource(properties = "aanwezig.db.data-dir=target/benchmark/db-chain-${random.uuid}")
class ChainReviewBenchmark {

    private static final Logger log = LoggerFactory.getLogger(ChainReviewBenchmark.class);
    static final int SCHOOLS = 40;
    static final int PUPILS = 10_000;
    static final int CASES = 2_000;
    static final int THUIS_FROM = 1_900;
    static final int THUIS = 300;
    static final int ABSOLUTE = 30;
    static final int WEEKS = 8;
    static final String CHAIR = "bk-swv";

    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;
    @Autowired Preparation preparation;
    @Autowired ChainReviews reviews;
    @Autowired RegistrationExport registration;
    @Autowired ReviewReport report;
    @Autowired RegionFigures figures;
    @Autowired RodeDraadSuggestions suggestions;

    @Test
    void the_preparation_list_exports_and_figures_of_a_region() throws Exception {
        long t0 = System.nanoTime();
        long region = seed();
        double seeded = StepTable.since(t0);
        long[] review = new long[1];
        List<Long> micros = new ArrayList<>();
        for (int run = 0; run < 6; run++) {
            String quarter = "2090-Q" + (run + 1);
            long t = System.nanoTime();
            review[0] = preparation.prepare(region, quarter, CHAIR);
            micros.add((System.nanoTime() - t) / 1_000);
        }
        long first = micros.removeFirst();
        micros.sort(Long::compare);
        String prepare = "%.1f ms | %.1f ms".formatted(micros.get(micros.size() / 2) / 1000.0,
                micros.getLast() / 1000.0);
        int items = jdbc.queryForObject("select count(*) from chain_review_item where review_id = ?", Integer.class,
                review[0]);
        int thuis = jdbc.queryForObject("select count(*) from thuiszitter where region_id = ?", Integer.class, region);
        String view = Timings.medianAndWorst(20, () -> asChair(() -> reviews.view(review[0]).items().size()));
        String xlsx = Timings.medianAndWorst(10, () -> asChair(() -> {
            registration.xlsx(region, OutputStream.nullOutputStream());
            return 0;
        }));
        String pdf = Timings.medianAndWorst(5, () -> asChair(() -> {
            report.pdf(review[0], OutputStream.nullOutputStream());
            return 0;
        }));
        String regionFigures = Timings.medianAndWorst(10, () -> asChair(() -> figures.report(region)));
        String rodeDraad = Timings.medianAndWorst(10, () -> asChair(() -> suggestions.forReview(review[0]).size()));
        String table = """
                | %d schools, %d pupils, %d orange/red cases, %d thuiszitters + %d enrolled nowhere, %d weeks of attendance | median | worst | target |
                |---|---:|---:|---|
                | preparation of the region, first quarter (also enters the registration) | %.1f ms | | < 2 s |
                | preparation of the region, a fresh quarter (5 runs) | %s | < 2 s |
                | the meeting list as the chair (`ChainReviews.view`, %d items) | %s | < 200 ms |
                | the registration's XLSX (%d rows) | %s | < 3 s |
                | the review's PDF | %s | < 5 s |
                | the region's figures (`RegionFigures.report`) | %s | |
                | the rode draad's suggestions (`RodeDraadSuggestions.forReview`) | %s | |

                Seeded in %.1f s; %d cores, Java %s, PostgreSQL %s (jit %s).
                """.formatted(SCHOOLS, PUPILS, CASES, THUIS, ABSOLUTE, WEEKS, first / 1000.0, prepare, items, view,
                thuis, xlsx, pdf, regionFigures, rodeDraad, seeded, Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), jdbc.queryForObject("show server_version", String.class),
                jdbc.queryForObject("show jit", String.class));
        log.warn("BENCHMARK\n{}", table);
        Path out = Path.of("target", "benchmark");
        Files.createDirectories(out);
        Files.writeString(out.resolve("chain-review-benchmark.md"), table);
    }

    private static <T> T asChair(java.util.function.Supplier<T> work) {
        return AsUser.call(CHAIR, "SWV", work);
    }

    /** The region, set-based; returns its id. */
    private long seed() {
        long region = ChainReviewBenchmarkData.seed(jdbc, java.time.LocalDate.now(clock));
        jdbc.execute("analyze");
        return region;
    }
}
