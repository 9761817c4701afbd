package nl.aanwezig.attendance.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import nl.aanwezig.attendance.importing.ImportTestFiles;
import nl.aanwezig.school.School;
import nl.aanwezig.school.Sector;
import nl.aanwezig.security.Role;
import nl.aanwezig.support.Eventually;
import nl.aanwezig.support.SecurityStrategyListener;
import nl.aanwezig.support.TestClock;
import nl.aanwezig.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestExecutionListeners;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The import API over a real socket, with small limits (1 MB, 100 bytes/s over 4 s windows): slow senders hold
 * no database connection and are cut off; a body too large is refused with 413. Its own context, as the limits
 * differ from everyone else's.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "aanwezig.import.max-upload-size=1MB",
        "aanwezig.import.min-upload-rate=100B",
        "aanwezig.import.upload-rate-window=4s"})
@ActiveProfiles("test")
@Import(TestClock.Config.class)
@TestExecutionListeners(listeners = SecurityStrategyListener.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class UploadOverHttpIntegrationTest {

    private static final String BRIN = "77UP";
    private static final String PATH = "/api/v1/imports/registrations";
    private static final Path UPLOADS = tempDir();

    @DynamicPropertySource
    static void uploadsDirectory(DynamicPropertyRegistry registry) {
        registry.add("aanwezig.import.temp-dir", UPLOADS::toString);
    }

    @LocalServerPort
    int port;
    @Autowired
    DataSource dataSource;
    @Autowired
    TestData data;
    @Autowired
    WebApplicationContext context;

    @BeforeEach
    void schoolPupilAndAccounts() {
        School school = data.school(BRIN, Sector.VO);
        data.account("up-admin", Role.ADMIN, null);
        data.account("up-mentor", Role.MENTOR, school);
        data.pupil(school, "7001", "1A", "up-mentor");
    }

    @Test
    void ten_trickling_uploads_hold_no_database_connection_and_a_login_still_succeeds() throws Exception {
        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        assertThat(pool.getMaximumPoolSize()).isEqualTo(10);
        List<RawUpload> uploads = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            RawUpload upload = RawUpload.start(port, PATH, "up-admin", TestData.PASSWORD);
            // more than the 8 KB the file check reads ahead, enough for the rate, then a pause
            upload.send(ImportTestFiles.REGISTRATIONS_HEADER + rows(0, 250));
            uploads.add(upload);
        }
        try {
            // all ten are past the login and streaming: received to disk now, each in a transaction before the fix
            Eventually.until(() -> filesReceiving() == 10 || sessionsInTransaction() >= 10, Duration.ofSeconds(20),
                    "ten uploads in progress");

            Eventually.asserted(() -> {
                assertThat(pool.getHikariPoolMXBean().getActiveConnections()).as("connections in use").isZero();
                assertThat(sessionsInTransaction()).as("database sessions in a transaction").isZero();
            }, Duration.ofSeconds(3));
            assertThat(attendanceAsMentor().statusCode()).as("a login and a read during the uploads").isEqualTo(200);

            for (RawUpload upload : uploads) {
                upload.send(rows(250, 252));
                upload.finish();
            }
            for (RawUpload upload : uploads) {
                assertThat(upload.answer().status()).isEqualTo(200);
            }
        } finally {
            for (RawUpload upload : uploads) {
                upload.close();
            }
        }
        assertThat(filesReceiving()).isZero();
    }

    @Test
    void an_upload_that_trickles_below_the_minimum_rate_is_cut_off_with_408_and_a_dutch_message() throws Exception {
        long started = System.nanoTime();
        RawUpload.Answer answer;
        try (RawUpload upload = RawUpload.start(port, PATH, "up-admin", TestData.PASSWORD)) {
            upload.send(ImportTestFiles.REGISTRATIONS_HEADER);
            // 5 bytes every half second: 10 bytes/s, a tenth of the minimum
            while (!upload.answered() && System.nanoTime() - started < Duration.ofSeconds(20).toNanos()) {
                if (!upload.send(BRIN + ";")) {
                    break;
                }
                Thread.sleep(500);
            }
            upload.finish();
            answer = upload.answer();
        }

        assertThat(answer.status()).isEqualTo(408);
        assertThat(answer.body()).contains("\"detail\":\"Het uploaden ging te traag (minder dan 100 bytes per seconde "
                + "gedurende 4 seconden) en is afgebroken. Er is niets ingelezen; probeer het opnieuw.\"");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(12));
        assertThat(filesReceiving()).isZero();
    }

    @Test
    void a_body_over_the_limit_without_a_declared_length_is_refused_with_413() throws Exception {
        RawUpload.Answer answer;
        try (RawUpload upload = RawUpload.start(port, PATH, "up-admin", TestData.PASSWORD)) {
            byte[] block = new byte[64 * 1024];
            java.util.Arrays.fill(block, (byte) 'x');
            for (int i = 0; i < 24 && !upload.answered(); i++) { // 1.5 MB against 1 MB
                if (!upload.send(block)) {
                    break;
                }
            }
            upload.finish();
            answer = upload.answer();
        }

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.body()).contains("\"detail\":\"Het bestand is te groot: hoogstens 1 MB. Er is niets "
                + "ingelezen; splits het bestand in kleinere delen.\"");
        assertThat(filesReceiving()).isZero();
    }

    @Test
    void a_body_declared_over_the_limit_is_refused_with_413_as_a_dutch_problem_detail() throws Exception {
        byte[] body = new byte[(1 << 20) + 1];
        MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build()
                .perform(post(PATH).contentType("text/csv").content(body).with(httpBasic("up-admin", TestData.PASSWORD)))
                .andExpect(status().isContentTooLarge())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.status").value(413))
                .andExpect(jsonPath("$.title").value("Upload geweigerd"))
                .andExpect(jsonPath("$.detail").value("Het bestand is te groot: hoogstens 1 MB. Er is niets ingelezen; "
                        + "splits het bestand in kleinere delen."));
    }

    /** One lesson a day for days {@code from} (inclusive) to {@code to} after 1 September 2031. */
    private static String rows(int from, int to) {
        StringBuilder rows = new StringBuilder();
        for (int day = from; day < to; day++) {
            rows.append(BRIN).append(";7001;").append(LocalDate.of(2031, 9, 1).plusDays(day))
                    .append(";08:30;09:20;aanwezig;;\n");
        }
        return rows.toString();
    }

    private HttpResponse<String> attendanceAsMentor() throws IOException, InterruptedException {
        String auth = Base64.getEncoder().encodeToString(("up-mentor:" + TestData.PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/schools/" + BRIN
                        + "/pupils/7001/attendance?from=2031-09-01&to=2032-06-30"))
                .header("Authorization", "Basic " + auth).timeout(Duration.ofSeconds(10)).build();
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        }
    }

    /**
     * Sessions inside a transaction (idle in it, or in a COPY waiting for rows), counted on a connection of its
     * own: the pool may be the thing that is exhausted.
     */
    private int sessionsInTransaction() {
        HikariDataSource pool;
        try {
            pool = dataSource.unwrap(HikariDataSource.class);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        try (Connection c = DriverManager.getConnection(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword());
             ResultSet rs = c.createStatement().executeQuery("select count(*) from pg_stat_activity "
                     + "where datname = current_database() and xact_start is not null and pid <> pg_backend_pid()")) {
            rs.next();
            return rs.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long filesReceiving() {
        try (Stream<Path> files = Files.list(UPLOADS)) {
            return files.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path tempDir() {
        try {
            Path dir = Files.createTempDirectory("aanwezig-uploads-");
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
