package nl.aanwezig.benchmark;

import static nl.aanwezig.benchmark.StepTable.fmt;
import static nl.aanwezig.benchmark.StepTable.met;
import static nl.aanwezig.benchmark.StepTable.since;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import javax.sql.DataSource;
import nl.aanwezig.attendance.RegistrationsImported;
import nl.aanwezig.attendance.figures.FiguresService;
import nl.aanwezig.attendance.figures.Period;
import nl.aanwezig.attendance.figures.Pyramid;
import nl.aanwezig.attendance.figures.PyramidService;
import nl.aanwezig.attendance.figures.Scope;
import nl.aanwezig.attendance.importing.ImportKind;
import nl.aanwezig.attendance.importing.ImportOptions;
import nl.aanwezig.attendance.importing.ImportProgress;
import nl.aanwezig.attendance.importing.ImportResult;
import nl.aanwezig.attendance.importing.ImportService;
import nl.aanwezig.attendance.signals.SignalDetection;
import nl.aanwezig.school.Regions;
import nl.aanwezig.school.School;
import nl.aanwezig.support.AsUser;
import nl.aanwezig.support.IntegrationTest;
import nl.aanwezig.support.TestClock;
import nl.aanwezig.support.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The on-demand benchmark of "Attendance figures that drive escalation" (part 7): a region of 40 schools,
 * {@code 1000 * F} pupils per school and a school year of lessons, then side by side a raw COPY of the rows, the
 * app's import, the signals and bands after a day's import, and pyramids. Targets: import within 2x of the
 * raw COPY; bands and signals for all pupils in under 5 s after a day's import; a pyramid under 200 ms.
 *
 * <p>Off unless a fraction is given (and surefire's default includes do not pick it up either):
 * <pre>
 * JAVA_HOME=... ./mvnw -o test -Dtest=RegionBenchmark -Daanwezig.benchmark.fraction=0.1
 * </pre>
 * Writes its table to the log and to {@code target/benchmark/region-benchmark.md}. See docs/benchmark.md.
 */
@IntegrationTest
@EnabledIfSystemProperty(named = "aanwezig.benchmark.fraction", matches = ".+")
@TestPropertySource(properties = "aanwezig.db.data-dir=target/benchmark/db-${random.uuid}")
class RegionBenchmark {

    private static final Logger log = LoggerFactory.getLogger(RegionBenchmark.class);
    private static final Path OUT = Path.of("target", "benchmark");
    private static final int PYRAMID_RUNS = 10;

    @Autowired
    ImportService imports;
    @Autowired
    io.zonky.test.db.postgres.embedded.EmbeddedPostgres server;
    @Autowired
    SignalDetection signals;
    @Autowired
    FiguresService figures;
    @Autowired
    PyramidService pyramids;
    @Autowired
    TestData data;
    @Autowired
    Regions regions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    TestClock clock;
    @Autowired
    Phases phases;

    private final StepTable table = new StepTable();

    @Test
    void region() throws Exception {
        double fraction = Double.parseDouble(System.getProperty("aanwezig.benchmark.fraction"));
        if (!(fraction > 0 && fraction <= 1)) {
            throw new IllegalArgumentException("aanwezig.benchmark.fraction must be in (0, 1], was " + fraction);
        }
        int perSchool = Math.max(1, (int) Math.round(1000 * fraction));
        Files.createDirectories(OUT);
        RegionData region = new RegionData(perSchool);
        // "today" is the day after the year: the day's import is that day's registrations, as in real use
        clock.set(LocalDateTime.of(RegionData.EXTRA_DAY, LocalTime.of(16, 0)));
        ListAppender<ILoggingEvent> stagingLog = captureStagingLog();

        // 1. schools in one region, pupils through the app's import
        long regionId = regions.region(RegionData.REGION).id();
        long[] schoolIds = new long[RegionData.SCHOOLS];
        for (int s = 0; s < RegionData.SCHOOLS; s++) {
            School school = data.school(region.brin(s), region.sector(s));
            regions.assignSchool(school.id(), regionId);
            schoolIds[s] = school.id();
            RegionData.createClassesAndMentors(jdbc, school.id(), region.mentorByClass(s));
        }
        Path pupilsCsv = OUT.resolve("pupils.csv");
        region.writePupils(pupilsCsv);
        long t0 = System.nanoTime();
        ImportResult pupils = asAdmin(() -> imports.importFile(ImportKind.PUPILS, pupilsCsv, ImportOptions.defaults(),
                ImportProgress.NONE));
        table.row("pupil import (app)", region.pupils(), since(t0), "", "");
        assertThat(pupils.accepted()).isEqualTo(region.pupils());
        long[] pupilIds = pupilIds(region, schoolIds);

        // 2. a school year of registrations, streamed to two files: canonical CSV and registration-shaped rows
        List<LocalDate> days = RegionData.schoolDays();
        Path yearCsv = OUT.resolve("registraties-jaar.csv");
        Path yearCopy = OUT.resolve("registraties-jaar.copy");
        t0 = System.nanoTime();
        long yearRows = region.writeRegistrations(days, pupilIds, yearCsv, yearCopy);
        table.row("generate year files (not a product step)", yearRows, since(t0), "", "");
        table.note("Year: %d school days (%s..%s), CSV %.0f MB".formatted(days.size(), days.getFirst(), days.getLast(),
                Files.size(yearCsv) / 1e6));

        // 3. the yardstick: raw COPY of the same rows into a table shaped exactly like registration
        double copySeconds = rawCopy(yearCopy, yearRows);
        table.row("raw COPY into registration-shaped table (baseline)", yearRows, copySeconds, "", "");
        Files.delete(yearCopy);

        // 4. the app's import of the year
        resetPeakHeap();
        long heapBefore = usedHeap();
        stagingLog.list.clear();
        phases.reset();
        t0 = System.nanoTime();
        ImportResult year = asAdmin(() -> imports.importFile(ImportKind.REGISTRATIONS, yearCsv, ImportOptions.defaults(),
                ImportProgress.NONE));
        long end = System.nanoTime();
        assertThat(year.accepted()).as("year import %s", year).isEqualTo(yearRows);
        reportImport("year", yearRows, t0, end, stagingLog, copySeconds);
        table.note("Heap during the year import: used before %d MB, peak %d MB, after %d MB (max %d MB)".formatted(
                heapBefore >> 20, peakHeap() >> 20, usedHeap() >> 20, Runtime.getRuntime().maxMemory() >> 20));
        table.note("After the year: " + counts());
        Files.delete(yearCsv);

        // 5. a day's import, then the bands and signals again for every school of the region
        Path dayCsv = OUT.resolve("registraties-dag.csv");
        Path dayCopy = OUT.resolve("registraties-dag.copy");
        long dayRows = region.writeRegistrations(List.of(RegionData.EXTRA_DAY), pupilIds, dayCsv, dayCopy);
        Files.delete(dayCopy);
        settle();
        stagingLog.list.clear();
        phases.reset();
        t0 = System.nanoTime();
        ImportResult day = asAdmin(() -> imports.importFile(ImportKind.REGISTRATIONS, dayCsv, ImportOptions.defaults(),
                ImportProgress.NONE));
        end = System.nanoTime();
        assertThat(day.accepted()).isEqualTo(dayRows);
        reportImport("day", dayRows, t0, end, stagingLog, Double.NaN);
        table.note("After the day: " + counts());
        settle();
        t0 = System.nanoTime();
        int again = 0;
        for (long schoolId : schoolIds) {
            again += signals.detect(schoolId, RegionData.EXTRA_DAY, RegionData.EXTRA_DAY);
        }
        double recompute = since(t0);
        table.row("bands and signals recomputed, all 40 schools (SignalDetection.detect per school)", region.pupils(),
                recompute, "< 5 s", met(recompute < 5));
        table.note("The recomputation raised " + again + " new signals (expected 0: the day's import raised them).");

        // 6. pyramids: one school and the region, the school year, one month and the first month
        long oneSchool = schoolIds[0];
        int year0 = Period.schoolYearOf(RegionData.FIRST_DAY);
        Period schoolYear = Period.schoolYear(year0);
        Period november = Period.month(YearMonth.of(year0, 11));
        Scope school = new Scope.OfSchool(oneSchool);
        Scope wholeRegion = new Scope.OfRegion(regionId);
        String firstMonthName = "first month (4 weeks from each school's first day)";
        pyramid("school", "school year", () -> figures.pyramid(school, schoolYear), perSchool);
        pyramid("school", "month (Nov)", () -> figures.pyramid(school, november), perSchool);
        pyramid("school", firstMonthName, () -> figures.firstMonthPyramid(school, year0), perSchool);
        pyramid("region", "school year", () -> figures.pyramid(wholeRegion, schoolYear), region.pupils());
        pyramid("region", "month (Nov)", () -> figures.pyramid(wholeRegion, november), region.pupils());
        pyramid("region", firstMonthName, () -> figures.firstMonthPyramid(wholeRegion, year0), region.pupils());
        // what the SWV's pyramid screen asks for: the pyramid, the first month beside it and a row per school
        regions.assignAccount("t-swv", regionId);
        PyramidService.Target target = new PyramidService.Target(null, regionId, RegionData.REGION);
        pyramid("screen of the region (PyramidService.report: pyramid, first month, a row per school)", "school year",
                () -> AsUser.call("t-swv", "SWV", () -> pyramids.report(new PyramidService.Query(target, year0,
                        PyramidService.PeriodChoice.SCHOOL_YEAR, null, null)).pyramid()), region.pupils());
        Pyramid regionYear = figures.pyramid(new Scope.OfRegion(regionId), schoolYear);
        table.note("Region pyramid over the school year: " + regionYear.counts() + ", without lessons "
                + regionYear.withoutLessons());

        write(fraction, perSchool, region.pupils());
        Files.deleteIfExists(dayCsv);
        Files.deleteIfExists(pupilsCsv);
        clock.reset();
    }

    /** The whole import call, split by the phase timestamps and the staging's own debug timings. */
    private void reportImport(String what, long rows, long t0, long end, ListAppender<ILoggingEvent> stagingLog,
                              double copySeconds) {
        double total = (end - t0) / 1e9;
        double toCommit = (phases.committed - t0) / 1e9;
        double analyze = stagingMs(stagingLog, "analyze") / 1e3;
        double checks = stagingMs(stagingLog, "check") / 1e3;
        double insert = stagingMs(stagingLog, "insert") / 1e3;
        double stage = (phases.published - t0) / 1e9 - analyze - checks - insert;
        double aggregates = (phases.beforeCommit - phases.published) / 1e9;
        double commit = (phases.committed - phases.beforeCommit) / 1e9;
        double after = (end - phases.committed) / 1e9;
        boolean year = !Double.isNaN(copySeconds);
        String target = year ? "<= 2x COPY (" + fmt(2 * copySeconds) + " s)" : "";
        table.row("app import of the " + what + ", until committed", rows, toCommit, target,
                year ? met(toCommit <= 2 * copySeconds) + ", ratio " + fmt(toCommit / copySeconds) : "");
        table.row("  parse, resolve, COPY into staging", rows, stage, "", "");
        table.row("  checks (analyze, duplicates in file, differs from stored)", rows, analyze + checks, "", "");
        table.row("  insert into registration", rows, insert, "", "");
        table.row("  attendance_day/month refresh (same transaction)", rows, aggregates, "", "");
        table.row("  commit", rows, commit, "", "");
        table.row("  after commit: signal detection, new signals, cases, routes", rows, after, "", "");
        table.row("app import of the " + what + ", whole call", rows, total, year ? "" : "",
                year ? "ratio to COPY " + fmt(total / copySeconds) : "");
    }

    private void pyramid(String scopeName, String periodName, Supplier<Pyramid> pyramid, int pupils) {
        for (int i = 0; i < 3; i++) {
            pyramid.get();
        }
        double[] runs = new double[PYRAMID_RUNS];
        for (int i = 0; i < PYRAMID_RUNS; i++) {
            long t0 = System.nanoTime();
            Pyramid p = pyramid.get();
            runs[i] = since(t0);
            assertThat(p.pupils()).isPositive();
        }
        Arrays.sort(runs);
        double median = (runs[PYRAMID_RUNS / 2 - 1] + runs[PYRAMID_RUNS / 2]) / 2;
        table.row("pyramid " + scopeName + ", " + periodName + " (median of " + PYRAMID_RUNS + ", max "
                + fmt(runs[PYRAMID_RUNS - 1] * 1000) + " ms)", pupils, median, "< 200 ms", met(median < 0.2));
    }

    /**
     * COPY FROM STDIN (client side, streamed from the file, as the app's COPY into staging is) into a logged
     * table created {@code like registration including all} plus the same foreign key to pupil, then commit.
     * The rows already carry pupil ids: no CSV parsing, no lookups, no checks. Dropped afterwards.
     */
    /** CHECKPOINT needs the superuser: the app's own role is none (EmbeddedDatabase). */
    private void checkpoint() throws java.sql.SQLException {
        try (Connection c = server.getPostgresDatabase().getConnection(); java.sql.Statement s = c.createStatement()) {
            s.execute("checkpoint");
        }
    }

    private double rawCopy(Path rows, long count) throws Exception {
        jdbc.execute("drop table if exists bench_registration");
        jdbc.execute("create table bench_registration (like registration including all)");
        jdbc.execute("alter table bench_registration add foreign key (pupil_id) references pupil (id)");
        checkpoint();
        double seconds;
        try (Connection c = dataSource.getConnection(); InputStream in = Files.newInputStream(rows)) {
            c.setAutoCommit(false);
            long t0 = System.nanoTime();
            long copied = c.unwrap(PGConnection.class).getCopyAPI().copyIn("copy bench_registration (pupil_id, "
                    + "lesson_date, start_time, end_time, status, reason, minutes_late) from stdin", in, 1 << 16);
            c.commit();
            seconds = since(t0);
            c.setAutoCommit(true);
            assertThat(copied).isEqualTo(count);
        }
        jdbc.execute("drop table bench_registration");
        checkpoint();
        return seconds;
    }

    private long[] pupilIds(RegionData region, long[] schoolIds) {
        long[] ids = new long[region.pupils()];
        for (int s = 0; s < RegionData.SCHOOLS; s++) {
            int base = s * region.pupilsPerSchool;
            jdbc.query("select leerling, id from pupil where school_id = ?", rs -> {
                ids[base + Integer.parseInt(rs.getString(1)) - 100_000] = rs.getLong(2);
            }, schoolIds[s]);
        }
        assertThat(Arrays.stream(ids).allMatch(id -> id > 0)).isTrue();
        return ids;
    }

    private String counts() {
        return jdbc.queryForObject("""
                select format('%s registrations, %s attendance_day, %s attendance_month, %s signals (%s), %s cases, %s pupil_band',
                  (select count(*) from registration), (select count(*) from attendance_day),
                  (select count(*) from attendance_month), (select count(*) from signal),
                  (select string_agg(type || ' ' || n, ', ' order by type) from
                     (select type, count(*) n from signal group by type) t),
                  (select count(*) from pupil_case), (select count(*) from pupil_band))""", String.class);
    }

    /** Lets the engine finish the routes the signals started, so they do not run during the next measurement. */
    private void settle() throws InterruptedException {
        Thread.sleep(5_000);
    }

    private static <T> T asAdmin(Callable<T> work) {
        return AsUser.call("t-admin", "ADMIN", () -> {
            try {
                return work.call();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static ListAppender<ILoggingEvent> captureStagingLog() {
        var logger = (ch.qos.logback.classic.Logger) LoggerFactory.getLogger("nl.aanwezig.attendance.importing.Staging");
        logger.setLevel(Level.DEBUG);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        logger.addAppender(appender);
        return appender;
    }

    /** Sum of the milliseconds Staging logged for a step ("{step} on {table}: {rows} rows in {ms} ms"). */
    private static long stagingMs(ListAppender<ILoggingEvent> appender, String step) {
        return appender.list.stream().map(ILoggingEvent::getArgumentArray)
                .filter(a -> a != null && a.length == 4 && step.equals(a[0]))
                .mapToLong(a -> ((Number) a[3]).longValue()).sum();
    }

    private static void resetPeakHeap() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    private static long usedHeap() {
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }

    private void write(double fraction, int perSchool, int pupils) throws IOException {
        String text = table.markdown("Region benchmark, fraction " + fraction,
                RegionData.SCHOOLS + " schools, " + perSchool + " pupils per school (" + pupils
                        + " pupils), seed " + RegionData.SEED, jdbc);
        Files.writeString(OUT.resolve("region-benchmark.md"), text);
        Files.writeString(OUT.resolve("region-benchmark-" + fraction + ".md"), text);
        log.warn("BENCHMARK result\n{}", text);
    }

    /** When the import's phases happened: event published (rows written), before commit, committed. */
    @TestConfiguration
    static class PhasesConfig {
        @Bean
        Phases benchmarkPhases() {
            return new Phases();
        }
    }

    static class Phases {
        volatile long published;
        volatile long beforeCommit;
        volatile long committed;

        void reset() {
            published = beforeCommit = committed = 0;
        }

        /** Before AttendanceAggregates (which has the default, lowest precedence). */
        @EventListener
        @Order(Ordered.HIGHEST_PRECEDENCE)
        void published(RegistrationsImported e) {
            published = System.nanoTime();
        }

        @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
        void beforeCommit(RegistrationsImported e) {
            beforeCommit = System.nanoTime();
        }

        /** Before SignalDetection's after-commit listener. */
        @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
        @Order(Ordered.HIGHEST_PRECEDENCE)
        void committed(RegistrationsImported e) {
            committed = System.nanoTime();
        }
    }
}
