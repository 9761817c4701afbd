package nl.aanwezig.attendance.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.BufferedInputStream;
import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import nl.aanwezig.school.School;
import nl.aanwezig.school.Sector;
import nl.aanwezig.security.Role;
import nl.aanwezig.support.IntegrationTest;
import nl.aanwezig.support.TestData;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Import speed against a raw COPY of the same rows, on a generated file. Off by default (it takes a while on
 * a shared machine): run with {@code -Daanwezig.benchmark.rows=200000}.
 */
@IntegrationTest
@WithMockUser(username = "bench-admin", roles = "ADMIN")
class ImportBenchmarkIntegrationTest {

    private static final Logger log = LoggerFactory.getLogger(ImportBenchmarkIntegrationTest.class);
    private static final int PUPILS = 200;
    private static final LocalTime[] LESSONS = {LocalTime.of(8, 30), LocalTime.of(9, 20), LocalTime.of(10, 30),
        LocalTime.of(11, 20), LocalTime.of(12, 40), LocalTime.of(13, 30)};

    @Autowired
    ImportService imports;
    @Autowired
    TestData data;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;

    @Test
    void import_is_within_twice_a_raw_copy() throws Exception {
        int rows = Integer.getInteger("aanwezig.benchmark.rows", 0);
        Assumptions.assumeTrue(rows > 0, "benchmark off; set -Daanwezig.benchmark.rows");
        data.account("bench-admin", Role.ADMIN, null);
        School school = data.school("99BE", Sector.VO);
        data.classes(school, "1A");
        StringBuilder pupils = new StringBuilder(ImportTestFiles.PUPILS_HEADER);
        IntStream.range(0, PUPILS).forEach(i -> pupils.append("99BE;").append(500000 + i)
                .append(";Kim;Bench;2011-01-01;VO;1A;;nee\n"));
        imports.importPupils(ImportTestFiles.csv(pupils.toString()), ImportOptions.defaults(), ImportProgress.NONE);

        // warm-up: JIT and the database's caches, on other dates
        imports.importFile(ImportKind.REGISTRATIONS, file(rows / 5, LocalDate.of(2029, 1, 1)), ImportOptions.defaults(),
                ImportProgress.NONE);
        InputStream parseInput = new BufferedInputStream(Files.newInputStream(file(rows, LocalDate.of(2030, 1, 7))));
        long t0 = System.nanoTime();
        long[] parsed = {0};
        nl.aanwezig.attendance.importing.reading.RegistrationParser.parse(parseInput,
                nl.aanwezig.attendance.importing.reading.ColumnMapping.canonical(), r -> parsed[0]++, e -> parsed[0]++);
        long parseMs = (System.nanoTime() - t0) / 1_000_000;
        Path first = file(rows, LocalDate.of(2030, 1, 7));
        t0 = System.nanoTime();
        ImportResult result = imports.importFile(ImportKind.REGISTRATIONS, first, ImportOptions.defaults(),
                ImportProgress.NONE);
        long importMs = (System.nanoTime() - t0) / 1_000_000;
        assertThat(result.accepted()).isEqualTo(rows);

        Path second = file(rows, LocalDate.of(2030, 1, 7));
        t0 = System.nanoTime();
        ImportResult again = imports.importFile(ImportKind.REGISTRATIONS, second, ImportOptions.defaults(),
                ImportProgress.NONE);
        long reimportMs = (System.nanoTime() - t0) / 1_000_000;
        assertThat(again.unchanged()).isEqualTo(rows);

        long copyMs = rawCopy(school, rows, LocalDate.of(2040, 1, 2));
        log.warn("BENCHMARK parse only {} ms", parseMs);
        log.warn("BENCHMARK {} rows: import {} ms ({} rows/s), re-import {} ms, raw COPY {} ms, ratio {}", rows, importMs,
                rows * 1000L / Math.max(1, importMs), reimportMs, copyMs, String.format("%.2f", importMs / (double) copyMs));
    }

    /** Rows in the canonical CSV, in a temporary file as an upload would be (deleted when the JVM exits). */
    private static Path file(int rows, LocalDate firstDay) throws IOException {
        Path file = Files.createTempFile("bench", ".csv");
        file.toFile().deleteOnExit();
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write(ImportTestFiles.REGISTRATIONS_HEADER);
            for (int row = 0; row < rows; row++) {
                out.write(line(row, firstDay));
            }
        }
        return file;
    }

    private static String line(int row, LocalDate firstDay) {
        int pupil = row % PUPILS;
        int slot = (row / PUPILS) % LESSONS.length;
        LocalDate day = firstDay.plusDays(row / PUPILS / LESSONS.length);
        LocalTime start = LESSONS[slot];
        String status = row % 17 == 0 ? "afwezig;ziek;" : row % 23 == 0 ? "te_laat;;5" : "aanwezig;;";
        return "99BE;" + (500000 + pupil) + ";" + day + ";" + start + ";" + start.plusMinutes(50) + ";" + status + "\n";
    }

    /** The yardstick: the same rows straight into the registration table with COPY, committed. */
    private long rawCopy(School school, int rows, LocalDate firstDay) throws Exception {
        List<Long> ids = jdbc.queryForList("select id from pupil where school_id = ? order by leerling", Long.class,
                school.id());
        StringBuilder text = new StringBuilder();
        for (int row = 0; row < rows; row++) {
            int slot = (row / PUPILS) % LESSONS.length;
            LocalTime start = LESSONS[slot];
            text.append(ids.get(row % PUPILS)).append('\t').append(firstDay.plusDays(row / PUPILS / LESSONS.length))
                    .append('\t').append(start).append('\t').append(start.plusMinutes(50)).append("\taanwezig\t\\N\t0\n");
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        try (Connection c = dataSource.getConnection()) {
            long t0 = System.nanoTime();
            c.unwrap(PGConnection.class).getCopyAPI().copyIn("copy registration (pupil_id, lesson_date, start_time, "
                    + "end_time, status, reason, minutes_late) from stdin", new java.io.ByteArrayInputStream(bytes));
            return (System.nanoTime() - t0) / 1_000_000;
        }
    }
}
