package nl.aanwezig.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import nl.aanwezig.attendance.RegistrationRecord;
import nl.aanwezig.attendance.figures.FiguresService;
import nl.aanwezig.attendance.figures.Imports;
import nl.aanwezig.attendance.figures.Period;
import nl.aanwezig.attendance.figures.Scope;
import nl.aanwezig.review.AgendaService;
import nl.aanwezig.review.AgendaSuggestion;
import nl.aanwezig.school.Regions;
import nl.aanwezig.school.School;
import nl.aanwezig.school.Sector;
import nl.aanwezig.security.Role;
import nl.aanwezig.support.AsUser;
import nl.aanwezig.support.IntegrationTest;
import nl.aanwezig.support.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * The on-demand benchmark of the casusoverleg agenda (issue 8, item 13): a region of 10 schools with 2,000 open
 * orange and red cases (1,000 at the largest school, the rest spread over nine), each with its plan or arrangement,
 * a stage change on the timeline and eight weeks of registrations through the import's own path (a tenth of the
 * pupils worsening). Measures {@link AgendaService#agenda} as the school's OC would call it. Target: under 200 ms.
 *
 * <pre>
 * JAVA_HOME=... ./mvnw -o test -Dtest=CasusoverlegBenchmark -Daanwezig.benchmark.cases=2000
 * </pre>
 * Off without the property; surefire's default includes do not match {@code *Benchmark}. Writes
 * {@code target/benchmark/casusoverleg-benchmark.md} and the same table to the log.
 */
@IntegrationTest
@EnabledIfSystemProperty(named = "aanwezig.benchmark.cases", matches = "\\d+")
@TestPropertySource(properties = "aanwezig.db.data-dir=target/benchmark/db-${random.uuid}")
class CasusoverlegBenchmark {

    private static final Logger log = LoggerFactory.getLogger(CasusoverlegBenchmark.class);
    private static final int SCHOOLS = 10;
    private static final int RUNS = 20;
    private static final int WEEKS = 8;

    @Autowired AgendaService agenda;
    @Autowired FiguresService figures;
    @Autowired TestData data;
    @Autowired Regions regions;
    @Autowired Imports imports;
    @Autowired JdbcTemplate jdbc;

    private final List<String> rows = new ArrayList<>();
    private final SplittableRandom random = new SplittableRandom(20_261_201L);
    private final LocalDate today = LocalDate.now();

    @Test
    void agenda_of_a_region_with_2000_open_orange_and_red_cases() throws Exception {
        int total = Integer.parseInt(System.getProperty("aanwezig.benchmark.cases"));
        long regionId = regions.region("SWV Casusoverleg").id();
        School[] schools = new School[SCHOOLS];
        int[] perSchool = new int[SCHOOLS];
        perSchool[0] = total / 2;
        for (int s = 1; s < SCHOOLS; s++) {
            perSchool[s] = (total - perSchool[0]) / (SCHOOLS - 1) + (s <= (total - perSchool[0]) % (SCHOOLS - 1) ? 1 : 0);
        }
        long t0 = System.nanoTime();
        for (int s = 0; s < SCHOOLS; s++) {
            schools[s] = data.school("9C%02d".formatted(s), Sector.VO);
            regions.assignSchool(schools[s].id(), regionId);
            data.account("oc-9c%02d".formatted(s), Role.OC, schools[s]);
            casesOf(schools[s], perSchool[s]);
        }
        row("set-up: " + total + " cases, plans, arrangements, " + WEEKS + " weeks of registrations", since(t0), "", "");
        Thread.sleep(10_000); // let the routes the import's signals started settle before measuring

        LocalDate meeting = today.plusDays(2);
        int largest = agendaOf(schools[0], perSchool[0], meeting);
        int small = agendaOf(schools[SCHOOLS - 1], perSchool[SCHOOLS - 1], meeting);
        measure("agenda of all " + SCHOOLS + " schools one after another (" + total + " cases)", () -> {
            int n = 0;
            for (int s = 0; s < SCHOOLS; s++) {
                n += suggest(schools[s], meeting).size();
            }
            return n;
        }, "< 200 ms (as one agenda over all cases)", 0.2);
        List<Long> pupils = jdbc.queryForList("select pupil_id from pupil_case where school_id = ? and status = 'OPEN'",
                Long.class, schools[0].id());
        Period fourWeeks = Period.custom(today.minusDays(27), today);
        measure("  of which: figures of the largest school's " + pupils.size() + " pupils, one 4-week window",
                () -> figures.attendancePerPupil(new Scope.OfPupils(pupils), fourWeeks).size(), "", Double.NaN);
        rows.add("Suggested: " + largest + " of " + perSchool[0] + " cases at the largest school, " + small + " of "
                + perSchool[SCHOOLS - 1] + " at a small one");
        write(total);
    }

    private int agendaOf(School school, int cases, LocalDate meeting) {
        return measure("agenda of one school, " + cases + " open orange/red cases", () -> suggest(school, meeting).size(),
                "< 200 ms", 0.2);
    }

    private List<AgendaSuggestion> suggest(School school, LocalDate meeting) {
        return AsUser.call("oc-" + school.brin().toLowerCase(Locale.ROOT), "OC", () -> agenda.agenda(school, meeting));
    }

    /** Pupils with an open orange (60%) or red case, its plan or arrangement and eight weeks of lessons. */
    private void casesOf(School school, int n) {
        List<Object[]> pupils = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            pupils.add(new Object[] {school.id(), "b" + k, "Kim" + k, "Bench", Date.valueOf("2011-05-01"), "VO"});
        }
        jdbc.batchUpdate("insert into pupil (school_id, leerling, first_name, last_name, birth_date, sector) "
                + "values (?, ?, ?, ?, ?, ?)", pupils);
        List<Long> ids = jdbc.queryForList("select id from pupil where school_id = ? order by id", Long.class, school.id());
        List<RegistrationRecord> lessons = new ArrayList<>();
        for (long pupilId : ids) {
            boolean red = random.nextInt(10) < 4;
            Instant since = Instant.now().minus(Duration.ofDays(random.nextInt(90)));
            Long caseId = jdbc.queryForObject("insert into pupil_case (pupil_id, school_id, status, stage, opened_at) "
                    + "values (?, ?, 'OPEN', ?, ?) returning id", Long.class, pupilId, school.id(),
                    red ? "RED_ARRANGEMENT" : "ORANGE_PLAN", Timestamp.from(since.minus(Duration.ofDays(60))));
            jdbc.update("insert into case_event (case_id, occurred_at, type, actor, summary) values (?, ?, 'STAGE_CHANGED', "
                    + "'systeem', 'Fase gewijzigd')", caseId, Timestamp.from(since));
            LocalDate next = today.plusDays(random.nextInt(-14, 43));
            planOrArrangement(caseId, school.id(), red, next, since);
            lessons(pupilId, random.nextInt(10) == 0, lessons);
        }
        imports.write(school.id(), lessons);
    }

    private void planOrArrangement(long caseId, long schoolId, boolean red, LocalDate next, Instant since) {
        Timestamp at = Timestamp.from(since);
        if (red) {
            jdbc.update("""
                    insert into care_arrangement (case_id, school_id, status, care_provider, education_where, education_hours,
                        starts_on, funded_by, evaluation_weeks, next_evaluation, created_by, created_at, updated_by, updated_at)
                    values (?, ?, 'ACTIVE', 'Zorg', 'School', 10, ?, 'SWV', 6, ?, 'systeem', ?, 'systeem', ?)""",
                    caseId, schoolId, Date.valueOf(next.minusWeeks(6)), Date.valueOf(next), at, at);
        } else {
            jdbc.update("""
                    insert into support_plan (case_id, school_id, status, started_on, evaluation_weeks, next_evaluation,
                        created_by, created_at, updated_by, updated_at)
                    values (?, ?, 'ACTIVE', ?, 6, ?, 'systeem', ?, 'systeem', ?)""",
                    caseId, schoolId, Date.valueOf(next.minusWeeks(6)), Date.valueOf(next), at, at);
        }
    }

    /** Six lessons a weekday; a worsening pupil is away (on leave) half of them in the last four weeks. */
    private void lessons(long pupilId, boolean worsening, List<RegistrationRecord> out) {
        for (LocalDate d = today.minusWeeks(WEEKS).plusDays(1); !d.isAfter(today); d = d.plusDays(1)) {
            if (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
                continue;
            }
            int away = worsening && d.isAfter(today.minusDays(28)) ? 3 : 0;
            LocalTime start = LocalTime.of(8, 30);
            for (int i = 0; i < 6; i++, start = start.plusMinutes(50)) {
                out.add(new RegistrationRecord(pupilId, d, start, start.plusMinutes(50), i < away ? "afwezig" : "aanwezig",
                        i < away ? "verlof" : null, 0));
            }
        }
    }

    private <T> T measure(String what, Supplier<T> work, String target, double limitSeconds) {
        for (int i = 0; i < 3; i++) {
            work.get();
        }
        double[] runs = new double[RUNS];
        T result = null;
        for (int i = 0; i < RUNS; i++) {
            long t0 = System.nanoTime();
            result = work.get();
            runs[i] = since(t0);
        }
        Arrays.sort(runs);
        double median = (runs[RUNS / 2 - 1] + runs[RUNS / 2]) / 2;
        row(what + " (median of " + RUNS + ", max " + ms(runs[RUNS - 1]) + ")", median, target,
                Double.isNaN(limitSeconds) ? "" : median < limitSeconds ? "yes" : "NO");
        assertThat(result).isNotNull();
        return result;
    }

    private void row(String what, double seconds, String target, String met) {
        String line = "| " + what + " | " + ms(seconds) + " | " + target + " | " + met + " |";
        rows.add(line);
        log.warn("BENCHMARK {}", line);
    }

    private void write(int total) throws Exception {
        StringBuilder md = new StringBuilder("# Casusoverleg agenda benchmark\n\n").append(total)
                .append(" open orange/red cases in a region of ").append(SCHOOLS).append(" schools, ")
                .append(Runtime.getRuntime().availableProcessors()).append(" CPUs\n\n| step | time | target | met? |\n|---|---:|---|---|\n");
        rows.stream().filter(r -> r.startsWith("|")).forEach(r -> md.append(r).append('\n'));
        md.append('\n');
        rows.stream().filter(r -> !r.startsWith("|")).forEach(r -> md.append("- ").append(r).append('\n'));
        Files.createDirectories(Path.of("target", "benchmark"));
        Files.writeString(Path.of("target", "benchmark", "casusoverleg-benchmark.md"), md);
        log.warn("BENCHMARK result\n{}", md);
    }

    private static double since(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    private static String ms(double seconds) {
        return String.format(Locale.ROOT, "%.1f ms", seconds * 1000);
    }
}
