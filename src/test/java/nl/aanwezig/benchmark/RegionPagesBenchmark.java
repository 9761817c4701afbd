package nl.aanwezig.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.aanwezig.attendance.importing.ImportResult;
import nl.aanwezig.attendance.importing.ImportService;
import nl.aanwezig.attendance.importing.SchoolScheduleService;
import nl.aanwezig.support.Routes;
import nl.aanwezig.support.SecurityStrategyListener;
import nl.aanwezig.support.Settled;
import nl.aanwezig.support.TestClock;
import nl.aanwezig.support.TestData;
import nl.aanwezig.workflow.engine.DurableEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestExecutionListeners;

/**
 * Page speed at region scale (issue #22, item 5), on demand: the whole app on a real port with
 * {@link AbsenceRouteBenchmark}'s region loaded (40 VO schools of {@code 1000 * F} pupils, their year imported as one
 * absence-only export, the clock just after the year), then {@code tools/pagespeed/pagespeed.js} in headless Chromium
 * for the OC and a mentor of one region school and the region's SWV consultant, plus the page of a pupil of that school
 * with a year of data, first one user at a time and then {@code CONCURRENT} users at once.
 *
 * <pre>
 * NODE_PATH=/tmp/node_modules ./mvnw -o test -Dtest=RegionPagesBenchmark -Daanwezig.benchmark.pages=true \
 *     -Daanwezig.benchmark.fraction=0.1
 * </pre>
 * The database stays in {@code target/benchmark/db-pages-F} and a later run on it skips the load (delete the directory
 * for a fresh one), so a page can be fixed and measured again in minutes; its superuser password is in
 * {@code db-credentials.properties} there, for EXPLAIN with psql. Writes the table to
 * {@code target/benchmark/region-pages-F.md} and the tool's whole output to {@code region-pages-F.log}. Skipped
 * (assumption) without node, playwright-core or Chromium. A benchmark: it asserts nothing about times.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "aanwezig.db.data-dir=target/benchmark/db-pages-${aanwezig.benchmark.fraction:0.1}",
    // a reused database has the test fixtures (V1000 and up) applied: a product migration added since comes before them
    "spring.flyway.out-of-order=true"})
@ActiveProfiles("test")
@Import(TestClock.Config.class)
@TestExecutionListeners(listeners = SecurityStrategyListener.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
@EnabledIfSystemProperty(named = "aanwezig.benchmark.pages", matches = "true")
class RegionPagesBenchmark {

    private static final Logger log = LoggerFactory.getLogger(RegionPagesBenchmark.class);
    private static final Path OUT = AbsenceRegionLoad.OUT;
    private static final Path TOOL = Path.of("tools", "pagespeed", "pagespeed.js");
    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
    /** The logins the tool walks; all three with this password. */
    static final String PASSWORD = "bench";
    static final String OC = "oc.9v00";
    static final String MENTOR = "mentor.9v00";
    static final String SWV = "swv.bench";
    static final String REGION = "Benchmarkregio";

    @LocalServerPort
    int port;
    @Autowired
    ImportService imports;
    @Autowired
    SchoolScheduleService schedule;
    @Autowired
    TestData data;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestClock clock;
    @Autowired
    DurableEngine engine;

    private final StepTable table = new StepTable();
    private int exitValue;

    @Test
    void screens_of_the_oc_mentor_and_swv_on_a_loaded_region() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "no Chromium at " + CHROMIUM);
        assumeTrue(nodeHasPlaywright(), "node or playwright-core missing (NODE_PATH=/tmp/node_modules, or npm ci in "
                + "tools/pagespeed)");
        double fraction = Double.parseDouble(System.getProperty("aanwezig.benchmark.fraction", "0.1"));
        if (!(fraction > 0 && fraction <= 1)) {
            throw new IllegalArgumentException("aanwezig.benchmark.fraction must be in (0, 1], was " + fraction);
        }
        int perSchool = Math.max(AbsenceRegionData.CLASS_SIZE, (int) Math.round(1000 * fraction));
        Files.createDirectories(OUT);
        // the school year lies in the past, as in AbsenceRouteBenchmark: "today" is the Monday after it
        clock.set(LocalDateTime.of(RegionData.EXTRA_DAY, LocalTime.of(10, 0)));
        try {
            AbsenceRegionData region = new AbsenceRegionData(perSchool);
            if (loadedPupils() == region.pupils()) {
                table.note("Region reused from an earlier run (target/benchmark/db-pages-" + fraction + ")");
            } else {
                assertThat(loadedPupils()).as("a partial region from an aborted run: delete its data directory").isZero();
                load(region);
            }
            long school = accounts();
            // the year's import started routes; the engine's tasks must be in before a page shows them
            Settled.await(engine, jdbc, Duration.ofMinutes(10));
            jdbc.execute("analyze");
            long pupil = pupilWithAYear(school);
            table.note("At " + AbsenceRegionData.brin(0) + ": " + facts(school));
            table.note("Region: " + facts(null));
            table.note("Pupil page: /leerling/" + pupil + " (" + jdbc.queryForObject("""
                    select format('%s registrations from %s to %s, %s absent', count(*), min(lesson_date),
                           max(lesson_date), count(*) filter (where status = 'afwezig'))
                    from registration where pupil_id = ?""", String.class, pupil) + ")");
            String output = pageSpeed(fraction, pupil);
            write(fraction, perSchool, region.pupils(), output);
            assertThat(exitValue).as("pagespeed.js's exit value, see target/benchmark/region-pages-" + fraction + ".log")
                    .isZero();
        } finally {
            clock.reset();
        }
    }

    /** The region as AbsenceRouteBenchmark builds it: schools, pupils, timetable, and the year's absence-only export. */
    private void load(AbsenceRegionData region) throws Exception {
        AbsenceRegionLoad load = new AbsenceRegionLoad(imports, schedule, data, jdbc);
        long[] schoolIds = load.setUpSchools(region, table);
        long[] pupilIds = load.pupilIds(region, schoolIds);
        Path export = OUT.resolve("absenties-jaar-pages.csv");
        Path copyRows = OUT.resolve("absenties-jaar-pages.copy");
        long t0 = System.nanoTime();
        long[] written = region.writeYear(RegionData.schoolDays(), pupilIds, export, copyRows);
        Files.delete(copyRows);
        table.row("generate the year's absence-only export (not a product step)", written[1], StepTable.since(t0), "",
                "");
        t0 = System.nanoTime();
        ImportResult result = load.importYear(export);
        table.row("absence-only import of the year, whole call", written[1], StepTable.since(t0), "", "");
        assertThat(result.errors()).as("absence import").isEmpty();
        Files.delete(export);
    }

    private int loadedPupils() {
        return jdbc.queryForObject("select count(*) from pupil p join school s on s.id = p.school_id "
                + "where s.brin like '9V%'", Integer.class);
    }

    /**
     * The region (SWV) of the benchmark's schools, and the three logins: the OC of the first school, a mentor of its
     * first class (the pupils file names no mentors, so the class gets one here), the region's SWV consultant. Rows as
     * the fixtures write them; idempotent, for a reused database.
     */
    private long accounts() {
        jdbc.update("insert into region (name) values (?) on conflict (name) do nothing", REGION);
        long region = jdbc.queryForObject("select id from region where name = ?", Long.class, REGION);
        jdbc.update("update school set region_id = ? where brin like '9V%'", region);
        long school = jdbc.queryForObject("select id from school where brin = ?", Long.class, AbsenceRegionData.brin(0));
        String hash = "{noop}" + PASSWORD;
        jdbc.update("""
                insert into staff_account (username, display_name, password_hash, role, school_id, region_id)
                values (?, 'OC benchmark', ?, 'OC', ?, null), (?, 'Mentor benchmark', ?, 'MENTOR', ?, null),
                       (?, 'SWV benchmark', ?, 'SWV', null, ?)
                on conflict (username) do nothing""", OC, hash, school, MENTOR, hash, school, SWV, hash, region);
        jdbc.update("""
                update pupil set mentor = ? where school_id = ? and class_id =
                    (select id from school_class where school_id = ? order by name limit 1)""", MENTOR, school, school);
        return school;
    }

    /** The pupil of the school with an open case and the most absent lessons in the year (a full pupil page). */
    private long pupilWithAYear(long school) {
        return jdbc.queryForObject("""
                select p.id from pupil p
                where p.school_id = ?
                order by exists (select 1 from pupil_case c where c.pupil_id = p.id and c.status = 'OPEN') desc,
                         (select count(*) from registration r where r.pupil_id = p.id and r.status = 'afwezig') desc, p.id
                limit 1""", Long.class, school);
    }

    /** Signals, open cases by stage and open tasks of one school (null: the region). */
    private String facts(Long school) {
        String where = school == null ? "(select id from school where brin like '9V%')" : "(" + school + ")";
        return jdbc.queryForObject("""
                select format('%s pupils, %s signals, %s open cases (%s), %s open tasks (%s)',
                  (select count(*) from pupil where school_id in %1$s),
                  (select count(*) from signal g join pupil p on p.id = g.pupil_id where p.school_id in %1$s),
                  (select count(*) from pupil_case where status = 'OPEN' and school_id in %1$s),
                  (select coalesce(string_agg(stage || ' ' || n, ', ' order by stage), '-') from (select stage, count(*) n
                     from pupil_case where status = 'OPEN' and school_id in %1$s group by stage) s),
                  (select count(*) from task where state = 'OPEN' and school_id in %1$s),
                  (select coalesce(string_agg(g || ' ' || n, ', ' order by g), '-') from (select
                     coalesce(candidate_group, assignee) g, count(*) n from task where state = 'OPEN'
                     and school_id in %1$s group by 1) t))""".replace("%1$s", where), String.class);
    }

    /** The tool as a subprocess: the three logins one at a time, then CONCURRENT users at once. */
    private String pageSpeed(double fraction, long pupil) throws Exception {
        String base = "http://localhost:" + port;
        List<String> command = new ArrayList<>(List.of("node", TOOL.toString(), base));
        for (String user : List.of(OC, MENTOR, SWV)) {
            command.add(user + ":" + PASSWORD);
        }
        Path logFile = OUT.resolve("region-pages-" + fraction + ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(logFile.toFile());
        builder.environment().put("RUNS", System.getProperty("aanwezig.benchmark.pages.runs", "3"));
        builder.environment().put("CONCURRENT", System.getProperty("aanwezig.benchmark.pages.concurrent", "20"));
        builder.environment().put("EXTRA", OC + "=leerling/" + pupil);
        builder.environment().put("CHROMIUM", CHROMIUM.toString());
        long t0 = System.nanoTime();
        Process node = builder.start();
        if (!node.waitFor(90, TimeUnit.MINUTES)) {
            node.destroyForcibly();
            throw new IllegalStateException("pagespeed.js did not finish in 90 minutes, see " + logFile);
        }
        String output = Files.readString(logFile, StandardCharsets.UTF_8);
        log.warn("pagespeed.js exited {} after {} s:\n{}", node.exitValue(), Math.round(StepTable.since(t0)), output);
        if (node.exitValue() != 0) {
            // what was measured before the tool gave up still goes into the table; the run fails after writing it
            table.note("pagespeed.js exited " + node.exitValue() + ": see " + logFile);
        }
        exitValue = node.exitValue();
        return output;
    }

    private static boolean nodeHasPlaywright() {
        try {
            Process p = new ProcessBuilder("node", "-e", "require.resolve('playwright-core')")
                    .directory(TOOL.getParent().toFile()).redirectErrorStream(true).start();
            p.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (Exception e) {
            return false;
        }
    }

    private void write(double fraction, int perSchool, int pupils, String output) throws Exception {
        String load = Files.readString(Path.of("/proc/loadavg")).trim();
        String text = table.markdown("Pages at region scale, fraction " + fraction,
                AbsenceRegionData.SCHOOLS + " VO schools, " + perSchool + " pupils each (" + pupils + " pupils), their "
                        + "year imported; clock " + RegionData.EXTRA_DAY + "; logins " + OC + ", " + MENTOR + ", " + SWV
                        + " (password '" + PASSWORD + "'); load average at the end " + load, jdbc)
                + "\n" + output.lines().filter(l -> l.startsWith("|") || l.contains("users at once"))
                        .reduce("", (a, b) -> a + b + "\n");
        Path file = OUT.resolve("region-pages-" + fraction + ".md");
        Files.writeString(file, text);
        log.warn("BENCHMARK result ({})\n{}", file, text);
    }
}
