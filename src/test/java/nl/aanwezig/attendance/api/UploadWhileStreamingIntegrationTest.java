package nl.aanwezig.attendance.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.zaxxer.hikari.HikariDataSource;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import nl.aanwezig.attendance.importing.ImportTestFiles;
import nl.aanwezig.school.School;
import nl.aanwezig.school.Sector;
import nl.aanwezig.security.Role;
import nl.aanwezig.support.Eventually;
import nl.aanwezig.support.IntegrationTest;
import nl.aanwezig.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The import API while a body is still coming in, through the real security chain: slow senders hold no
 * database connection and are cut off; too large a body is refused with 413. The test profile asks 100 bytes/s
 * over every 2 s.
 */
@IntegrationTest
// its files are of the school year 2031-2032: the app takes dates of the known school years only
@nl.aanwezig.support.ClockAt("2031-10-01T12:00")
class UploadWhileStreamingIntegrationTest {

    private static final String BRIN = "77UP";
    private static final String PATH = "/api/v1/imports/registrations";

    @Autowired
    WebApplicationContext context;
    @Autowired
    DataSource dataSource;
    @Autowired
    TestData data;

    private MockMvc mvc;
    private final ExecutorService senders = Executors.newCachedThreadPool();

    @BeforeEach
    void schoolPupilAndAccounts() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        School school = data.school(BRIN, Sector.VO);
        data.account("up-admin", Role.ADMIN, null);
        data.account("up-mentor", Role.MENTOR, school);
        data.pupil(school, "7001", "1A", "up-mentor");
    }

    @AfterEach
    void stopSenders() {
        senders.shutdownNow();
    }

    @Test
    void ten_uploads_waiting_for_their_rest_hold_no_database_connection_and_a_login_still_succeeds() throws Exception {
        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        assertThat(pool.getMaximumPoolSize()).isEqualTo(10);
        CountDownLatch waiting = new CountDownLatch(10);
        CountDownLatch rest = new CountDownLatch(1);
        List<Future<MvcResult>> uploads = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            // more than the 8 KB the file check reads ahead, then the sender pauses
            InputStream body = new PausingBody(ImportTestFiles.REGISTRATIONS_HEADER + rows(0, 250), rows(250, 252),
                    waiting, rest);
            uploads.add(senders.submit(() -> mvc.perform(new StreamedPost(PATH, "up-admin", TestData.PASSWORD, body, -1))
                    .andReturn()));
        }
        try {
            assertThat(waiting.await(30, TimeUnit.SECONDS)).as("ten uploads waiting for the rest of their body").isTrue();

            Eventually.asserted(() -> {
                assertThat(pool.getHikariPoolMXBean().getActiveConnections()).as("connections in use").isZero();
                assertThat(sessionsInTransaction(pool)).as("database sessions in a transaction").isZero();
            }, Duration.ofSeconds(3));
            Future<MvcResult> login = senders.submit(() -> mvc.perform(get("/api/v1/schools/" + BRIN
                    + "/pupils/7001/attendance?from=2031-09-01&to=2032-06-30")
                    .with(httpBasic("up-mentor", TestData.PASSWORD))).andReturn());
            assertThat(login.get(10, TimeUnit.SECONDS).getResponse().getStatus())
                    .as("a login and a read during the uploads").isEqualTo(200);
        } finally {
            rest.countDown();
        }
        for (Future<MvcResult> upload : uploads) {
            assertThat(upload.get(60, TimeUnit.SECONDS).getResponse().getStatus()).isEqualTo(200);
        }
    }

    @Test
    void an_upload_that_trickles_below_the_minimum_rate_is_cut_off_with_408_and_a_dutch_message() throws Exception {
        long started = System.nanoTime();
        InputStream trickle = new InputStream() {
            private boolean headerSent;

            @Override
            public int read() {
                throw new UnsupportedOperationException();
            }

            @Override
            public int read(byte[] b, int off, int len) throws java.io.IOException {
                byte[] next = (headerSent ? BRIN + ";" : ImportTestFiles.REGISTRATIONS_HEADER).getBytes(StandardCharsets.UTF_8);
                headerSent = true;
                if (System.nanoTime() - started > Duration.ofSeconds(20).toNanos()) {
                    return -1;
                }
                try {
                    Thread.sleep(500); // 5 bytes every half second: 10 bytes/s, a tenth of the minimum
                } catch (InterruptedException e) {
                    throw new java.io.InterruptedIOException();
                }
                System.arraycopy(next, 0, b, off, next.length);
                return next.length;
            }
        };

        mvc.perform(new StreamedPost(PATH, "up-admin", TestData.PASSWORD, trickle, -1))
                .andExpect(status().isRequestTimeout())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.title").value("Upload geweigerd"))
                .andExpect(jsonPath("$.detail").value("Het uploaden ging te traag (minder dan 100 bytes per seconde "
                        + "gedurende 2 seconden) en is afgebroken. Er is niets ingelezen; probeer het opnieuw."));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void a_body_declared_over_the_limit_is_refused_with_413_before_it_is_read() throws Exception {
        InputStream unread = new ByteArrayInputStream(new byte[0]) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                throw new AssertionError("the body must not be read");
            }
        };

        mvc.perform(new StreamedPost(PATH, "up-admin", TestData.PASSWORD, unread, 300L << 20))
                .andExpect(status().isContentTooLarge())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.status").value(413))
                .andExpect(jsonPath("$.title").value("Upload geweigerd"))
                .andExpect(jsonPath("$.detail").value("Het bestand is te groot: hoogstens 200 MB. Er is niets ingelezen; "
                        + "splits het bestand in kleinere delen."));
    }

    @Test
    void a_body_over_the_limit_without_a_declared_length_is_refused_with_413() throws Exception {
        InputStream endless = ImportTestFiles.endless();

        mvc.perform(new StreamedPost(PATH, "up-admin", TestData.PASSWORD, endless, -1))
                .andExpect(status().isContentTooLarge())
                .andExpect(jsonPath("$.detail").value("Het bestand is te groot: hoogstens 200 MB. Er is niets ingelezen; "
                        + "splits het bestand in kleinere delen."));
    }

    /** One lesson a school day for school days {@code from} (inclusive) to {@code to} from Monday 1 September 2031. */
    private static String rows(int from, int to) {
        StringBuilder rows = new StringBuilder();
        for (int day = from; day < to; day++) {
            LocalDate date = LocalDate.of(2031, 9, 1).plusWeeks(day / 5).plusDays(day % 5);
            rows.append(BRIN).append(";7001;").append(date).append(";08:30;09:20;aanwezig;;\n");
        }
        return rows.toString();
    }

    /**
     * Sessions inside a transaction (idle in it, or in a COPY waiting for rows), counted on a connection of its
     * own: the pool may be the thing that is exhausted.
     */
    private static int sessionsInTransaction(HikariDataSource pool) {
        try (Connection c = DriverManager.getConnection(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword());
             ResultSet rs = c.createStatement().executeQuery("select count(*) from pg_stat_activity "
                     + "where datname = current_database() and xact_start is not null and pid <> pg_backend_pid()")) {
            rs.next();
            return rs.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Delivers {@code first}, then waits for {@code gate} before the rest: a sender that pauses mid-file. */
    private static final class PausingBody extends InputStream {
        private final byte[] first;
        private final byte[] rest;
        private final CountDownLatch waiting;
        private final CountDownLatch gate;
        private int at;

        PausingBody(String first, String rest, CountDownLatch waiting, CountDownLatch gate) {
            this.first = first.getBytes(StandardCharsets.UTF_8);
            this.rest = rest.getBytes(StandardCharsets.UTF_8);
            this.waiting = waiting;
            this.gate = gate;
        }

        @Override
        public int read() {
            throw new UnsupportedOperationException();
        }

        @Override
        public int read(byte[] b, int off, int len) throws java.io.IOException {
            int total = first.length + rest.length;
            if (at >= total) {
                return -1;
            }
            if (at == first.length) {
                waiting.countDown();
                try {
                    gate.await();
                } catch (InterruptedException e) {
                    throw new java.io.InterruptedIOException();
                }
            }
            byte[] from = at < first.length ? first : rest;
            int start = at < first.length ? at : at - first.length;
            int n = Math.min(len, from.length - start);
            System.arraycopy(from, start, b, off, n);
            at += n;
            return n;
        }
    }
}
