package nl.aanwezig.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import nl.aanwezig.cases.CaseStage;
import nl.aanwezig.cases.dossier.CaseListService;
import nl.aanwezig.school.School;
import nl.aanwezig.school.Schools;
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
 * On demand: a region of 40 schools with 2,000 open orange and red cases (plans, arrangements, participants), then the
 * OC's cases-by-stage list of one school and the evaluations due of the whole region, each measured over repeated
 * runs (median and worst). Targets: the list under 200 ms, the region's evaluations due under 1 s. Not a test: it
 * reports, it does not assert times.
 * <pre>
 * ./mvnw -o test -Dtest=Tier3Benchmark -Daanwezig.benchmark.cases=2000
 * </pre>
 */
@IntegrationTest
@EnabledIfSystemProperty(named = "aanwezig.benchmark.cases", matches = "\\d+")
@TestPropertySource(properties = "aanwezig.db.data-dir=target/benchmark/db-tier3-${random.uuid}")
class Tier3Benchmark {

    private static final Logger log = LoggerFactory.getLogger(Tier3Benchmark.class);
    private static final int SCHOOLS = 40;
    private static final int RUNS = 20;

    @Autowired JdbcTemplate jdbc;
    @Autowired Schools schools;
    @Autowired CaseListService cases;

    @Test
    void cases_by_stage_and_evaluations_due_of_a_region() throws Exception {
        int total = Integer.getInteger("aanwezig.benchmark.cases", 2000);
        long region = seed(total);
        School first = schools.findByBrin("BM00").orElseThrow();
        LocalDate until = LocalDate.now().plusWeeks(1);
        String list = Timings.medianAndWorst(RUNS, () -> AsUser.call("bm-oc", "OC", () -> cases.casesOfSchool(first, null).size()));
        String orange = Timings.medianAndWorst(RUNS, () -> AsUser.call("bm-oc", "OC",
                () -> cases.casesOfSchool(first, CaseStage.ORANGE_PLAN).size()));
        String due = Timings.medianAndWorst(RUNS, () -> AsUser.call("bm-swv", "SWV", () -> cases.evaluationsDueInMyRegion(until).size()));
        String table = """
                | %d open orange/red cases in %d schools (region %d) | median | worst | target |
                |---|---|---|---|
                | OC's cases of one school, all stages | %s | 200 ms |
                | OC's cases of one school, orange only | %s | 200 ms |
                | SWV: evaluations due in the region (per school) | %s | 1 s |
                """.formatted(total, SCHOOLS, region, list, orange, due);
        log.info("\n{}", table);
        Path out = Path.of("target", "benchmark");
        Files.createDirectories(out);
        Files.writeString(out.resolve("tier3-benchmark.md"), table);
    }


    /** Schools, pupils, open cases (60% orange, 40% red), their plans and arrangements, two participants each. */
    private long seed(int total) {
        Long region = jdbc.queryForObject("insert into region (name) values ('Benchmark-regio') returning id", Long.class);
        for (int s = 0; s < SCHOOLS; s++) {
            jdbc.update("insert into school (brin, name, sector, region_id) values (?, ?, 'VO', ?)",
                    "BM%02d".formatted(s), "Benchmarkschool " + s, region);
        }
        jdbc.update("""
                insert into staff_account (username, display_name, password_hash, role, school_id)
                values ('bm-oc', 'Benchmark OC', '{noop}x', 'OC', (select id from school where brin = 'BM00'))""");
        jdbc.update("""
                insert into staff_account (username, display_name, password_hash, role, region_id)
                values ('bm-swv', 'Benchmark SWV', '{noop}x', 'SWV', ?)""", region);
        jdbc.update("""
                insert into pupil (school_id, leerling, first_name, last_name, birth_date, sector)
                select s.id, 'bm' || g, 'Leerling', 'Nummer ' || g, date '2011-01-01', 'VO'
                from generate_series(0, ? - 1) g join school s on s.brin = 'BM' || lpad(cast(g % 40 as text), 2, '0')""",
                total);
        jdbc.update("""
                insert into pupil_case (pupil_id, school_id, status, stage, opened_at, regievoerder)
                select p.id, p.school_id, 'OPEN', case when p.id % 5 < 3 then 'ORANGE_PLAN' else 'RED_ARRANGEMENT' end,
                       now() - interval '60 days', 'bm-oc'
                from pupil p where p.leerling like 'bm%'""");
        jdbc.update("""
                insert into support_plan (case_id, school_id, status, started_on, evaluation_weeks, next_evaluation,
                  pupil_wish, parents_wish, created_by, created_at, updated_by, updated_at)
                select c.id, c.school_id, 'ACTIVE', current_date - 42, 6, current_date + cast(c.id % 21 - 10 as int), 'x', 'y',
                       'bm-oc', now(), 'bm-oc', now()
                from pupil_case c join pupil p on p.id = c.pupil_id where p.leerling like 'bm%'""");
        jdbc.update("""
                insert into care_arrangement (case_id, school_id, status, care_provider, education_where, education_hours,
                  starts_on, funded_by, evaluation_weeks, next_evaluation, created_by, created_at, updated_by, updated_at)
                select c.id, c.school_id, 'ACTIVE', 'Zorg', 'School', 10, current_date - 20, 'SWV', 6,
                       current_date + cast(c.id % 15 - 5 as int), 'bm-oc', now(), 'bm-oc', now()
                from pupil_case c join pupil p on p.id = c.pupil_id
                where p.leerling like 'bm%' and c.stage = 'RED_ARRANGEMENT'""");
        jdbc.update("""
                insert into case_participant (case_id, username, role, added_at)
                select c.id, u.username, u.role, now() from pupil_case c join pupil p on p.id = c.pupil_id
                cross join (values ('bm-oc', 'OC'), ('bm-swv', 'SWV')) as u(username, role)
                where p.leerling like 'bm%'""");
        jdbc.execute("analyze");
        return region;
    }
}
