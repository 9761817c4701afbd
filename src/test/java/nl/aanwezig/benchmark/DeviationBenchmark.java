package nl.aanwezig.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import nl.aanwezig.attendance.RegistrationRecord;
import nl.aanwezig.attendance.domain.ApprovedTimetable.TimeWindow;
import nl.aanwezig.attendance.figures.FiguresService;
import nl.aanwezig.attendance.figures.Imports;
import nl.aanwezig.attendance.figures.Period;
import nl.aanwezig.attendance.figures.Scope;
import nl.aanwezig.legal.deviation.DeviationFixtures;
import nl.aanwezig.legal.deviation.DeviationForm;
import nl.aanwezig.legal.deviation.DeviationService;
import nl.aanwezig.school.Pupil;
import nl.aanwezig.school.School;
import nl.aanwezig.school.Schools;
import nl.aanwezig.support.AsUser;
import nl.aanwezig.support.IntegrationTest;
import nl.aanwezig.support.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The on-demand benchmark of approving an onderwijstijd deviation (issue 10, item 9): a school of N pupils, each with
 * a school year of lessons (8 a day, every school day from 1 September to 17 July) written through the import's own
 * path; then the approval of a deviation covering that whole period, for one pupil after another, each of which
 * rebuilds the pupil's days, months and school-year rollup in the approving transaction. Target: under 1 s.
 *
 * <pre>
 * JAVA_HOME=... ./mvnw -o test -Dtest=DeviationBenchmark -Daanwezig.benchmark.deviation=200
 * </pre>
 * Off without the property; surefire's default includes do not match {@code *Benchmark}. Writes
 * {@code target/benchmark/deviation-benchmark.md} and the same table to the log.
 */
@IntegrationTest
@EnabledIfSystemProperty(named = "aanwezig.benchmark.deviation", matches = "\\d+")
@TestPropertySource(properties = "aanwezig.db.data-dir=target/benchmark/db-${random.uuid}")
class DeviationBenchmark {

    private static final Logger log = LoggerFactory.getLogger(DeviationBenchmark.class);
    private static final int RUNS = 10;
    private static final LocalDate FROM = LocalDate.of(2025, 9, 1);
    private static final LocalDate TO = LocalDate.of(2026, 7, 17);
    private static final Map<DayOfWeek, List<TimeWindow>> WINDOWS = Map.of(
            DayOfWeek.MONDAY, List.of(new TimeWindow(LocalTime.of(8, 30), LocalTime.of(12, 0))),
            DayOfWeek.TUESDAY, List.of(new TimeWindow(LocalTime.of(8, 30), LocalTime.of(12, 0))),
            DayOfWeek.THURSDAY, List.of(new TimeWindow(LocalTime.of(8, 30), LocalTime.of(12, 0))));

    @Autowired DeviationService deviations;
    @Autowired FiguresService figures;
    @Autowired TestData data;
    @Autowired Schools schools;
    @Autowired Imports imports;

    private final SplittableRandom random = new SplittableRandom(20_261_201L);

    @Test
    void approving_a_deviation_for_a_pupil_with_a_year_of_lessons_rebuilds_the_rollups_within_a_second() throws Exception {
        int pupils = Math.max(RUNS, Integer.parseInt(System.getProperty("aanwezig.benchmark.deviation")));
        School school = schools.findByBrin("T19VO").orElseThrow();
        List<Pupil> all = new ArrayList<>();
        for (int i = 0; i < pupils; i++) {
            all.add(data.pupil(school, "bench-dev-" + i, "B" + (i % 20), "t-mentor-dev"));
        }
        long lessons = writeYear(school, all);
        double[] seconds = new double[RUNS];
        for (int run = 0; run < RUNS; run++) {
            Pupil pupil = all.get(run);
            long before = figures.figures(new Scope.OfPupil(pupil.id()), Period.custom(FROM, TO)).scheduledMinutes();
            long id = AsUser.call(DeviationFixtures.OC, "OC", () -> {
                long draft = deviations.draft(pupil.id(), new DeviationForm(DeviationFixtures.hours(WINDOWS), FROM, TO, WINDOWS));
                deviations.saveChecklist(draft, DeviationFixtures.complete());
                return draft;
            });
            long t0 = System.nanoTime();
            AsUser.run(DeviationFixtures.OC, "OC", () -> deviations.decide(id, true, FROM));
            seconds[run] = (System.nanoTime() - t0) / 1e9;
            long after = figures.figures(new Scope.OfPupil(pupil.id()), Period.custom(FROM, TO)).scheduledMinutes();
            assertThat(after).as("the approval changed the figures").isLessThan(before);
        }
        report(pupils, lessons, seconds);
    }

    /** Every pupil's school year, a month per import as a LAS export would come. */
    private long writeYear(School school, List<Pupil> pupils) {
        long written = 0;
        for (LocalDate month = FROM; !month.isAfter(TO); month = month.plusMonths(1)) {
            List<RegistrationRecord> records = new ArrayList<>();
            LocalDate end = month.plusMonths(1).minusDays(1).isAfter(TO) ? TO : month.plusMonths(1).minusDays(1);
            for (Pupil p : pupils) {
                for (LocalDate d = month; !d.isAfter(end); d = d.plusDays(1)) {
                    if (d.getDayOfWeek().getValue() <= 5) {
                        day(p, d, records);
                    }
                }
            }
            imports.write(school.id(), records);
            written += records.size();
        }
        return written;
    }

    private void day(Pupil p, LocalDate d, List<RegistrationRecord> into) {
        LocalTime start = LocalTime.of(8, 30);
        for (int i = 0; i < 8; i++, start = start.plusMinutes(50)) {
            boolean absent = random.nextInt(10) == 0;
            into.add(new RegistrationRecord(p.id(), d, start, start.plusMinutes(50), absent ? "afwezig" : "aanwezig",
                    absent ? "onbekend" : null, 0));
        }
    }

    private void report(int pupils, long lessons, double[] seconds) throws Exception {
        Arrays.sort(seconds);
        double median = (seconds[RUNS / 2 - 1] + seconds[RUNS / 2]) / 2;
        String table = String.format(Locale.ROOT, """
                | what | median | max | target | met |
                |---|---|---|---|---|
                | approve a deviation (%s to %s) for a pupil with %d lessons, school of %d pupils (%d lessons); %d runs | %.0f ms | %.0f ms | < 1000 ms | %s |
                """, FROM, TO, lessons / pupils, pupils, lessons, RUNS, median * 1000, seconds[RUNS - 1] * 1000,
                median < 1 ? "yes" : "NO");
        log.info("Deviation benchmark\n{}", table);
        Path out = Path.of("target/benchmark/deviation-benchmark.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, table);
    }
}
