package nl.aanwezig.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.aanwezig.legal.duo.DuoStatus;
import nl.aanwezig.legal.duo.LeerplichtReportService;
import nl.aanwezig.legal.exemption.PanelService;
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
 * On demand: a leerplichtambtenaar serving a region of 40 schools with {@code N} DUO reports and {@code N/5}
 * exemptions; measures their report list (all, and one status) and the exemption panel's agenda, median and worst of
 * 20 runs after a warm-up. Target: under 200 ms each. It reports; it does not assert times.
 * <pre>
 * ./mvnw -o test -Dtest=LegalListsBenchmark -Daanwezig.benchmark.reports=2000
 * </pre>
 */
@IntegrationTest
@EnabledIfSystemProperty(named = "aanwezig.benchmark.reports", matches = "\\d+")
@TestPropertySource(properties = "aanwezig.db.data-dir=target/benchmark/db-legal-${random.uuid}")
class LegalListsBenchmark {

    private static final Logger log = LoggerFactory.getLogger(LegalListsBenchmark.class);
    private static final int SCHOOLS = 40;
    private static final int RUNS = 20;

    @Autowired JdbcTemplate jdbc;
    @Autowired LeerplichtReportService reports;
    @Autowired PanelService panel;

    @Test
    void the_report_list_and_the_panel_agenda_of_a_region() throws Exception {
        int total = Integer.getInteger("aanwezig.benchmark.reports", 2000);
        seed(total);
        String all = Timings.medianAndWorst(RUNS, () -> AsUser.call("bl-lp", "LEERPLICHT", () -> reports.inbox(null).size()));
        String one = Timings.medianAndWorst(RUNS, () -> AsUser.call("bl-lp", "LEERPLICHT", () -> reports.inbox(DuoStatus.values()[1]).size()));
        String agenda = Timings.medianAndWorst(RUNS, () -> AsUser.call("bl-lp", "LEERPLICHT", () -> panel.agenda().size()));
        String table = """
                | %d DUO reports, %d exemptions, %d schools | median | worst | target |
                |---|---|---|---|
                | leerplicht's report list, all statuses | %s | 200 ms |
                | leerplicht's report list, one status | %s | 200 ms |
                | the exemption panel's agenda | %s | 200 ms |
                """.formatted(total, total / 5, SCHOOLS, all, one, agenda);
        log.info("\n{}", table);
        Path out = Path.of("target", "benchmark");
        Files.createDirectories(out);
        Files.writeString(out.resolve("legal-benchmark.md"), table);
    }


    private void seed(int total) {
        Long region = jdbc.queryForObject("insert into region (name) values ('Benchmark-regio legal') returning id", Long.class);
        for (int s = 0; s < SCHOOLS; s++) {
            jdbc.update("insert into school (brin, name, sector, region_id) values (?, ?, 'VO', ?)",
                    "BL%02d".formatted(s), "Benchmarkschool " + s, region);
        }
        jdbc.update("""
                insert into staff_account (username, display_name, password_hash, role, region_id)
                values ('bl-lp', 'Benchmark leerplicht', '{noop}x', 'LEERPLICHT', ?)""", region);
        jdbc.update("insert into school_partner (school_id, username, role) select id, 'bl-lp', 'LEERPLICHT' from school where brin like 'BL%'");
        jdbc.update("""
                insert into pupil (school_id, leerling, first_name, last_name, birth_date, sector)
                select s.id, 'bl' || g, 'Leerling', 'Nummer ' || g, date '2011-01-01', 'VO'
                from generate_series(0, ? - 1) g join school s on s.brin = 'BL' || lpad(cast(g % 40 as text), 2, '0')""",
                total);
        jdbc.update("""
                insert into pupil_case (pupil_id, school_id, status, stage, opened_at)
                select p.id, p.school_id, 'OPEN', 'SIGNALLED', now() from pupil p where p.leerling like 'bl%'""");
        String[] statuses = java.util.Arrays.stream(DuoStatus.values()).map(Enum::name).toArray(String[]::new);
        jdbc.update(con -> {
            var ps = con.prepareStatement("""
                    insert into duo_report (case_id, pupil_id, school_id, signal_key, type, start_date, end_date, hours,
                      deadline, status, created_at)
                    select c.id, c.pupil_id, c.school_id, 'bl:' || c.id, 'DUO_16H', current_date - 40, current_date - 12,
                           18, current_date - 5, (?)[1 + cast(c.id % ? as int)], now()
                    from pupil_case c join pupil p on p.id = c.pupil_id where p.leerling like 'bl%'""");
            ps.setArray(1, con.createArrayOf("varchar", statuses));
            ps.setInt(2, statuses.length);
            return ps;
        });
        jdbc.update("""
                insert into exemption (pupil_id, school_id, notice_date, given_by, leerplicht, doctor_name,
                  doctor_designated, statement_date, education_possible, outcome, period_kind, valid_from, valid_to,
                  registered_at)
                select p.id, p.school_id, current_date - 60, 'Ouders', 'bl-lp', 'Dr. X', true, current_date - 70,
                       'Twee ochtenden per week', 'GRANTED', 'SCHOOL_YEAR', current_date - 50, current_date + 200, now()
                from pupil p where p.leerling like 'bl%' and p.id % 5 = 0""");
        jdbc.execute("analyze");
    }
}
