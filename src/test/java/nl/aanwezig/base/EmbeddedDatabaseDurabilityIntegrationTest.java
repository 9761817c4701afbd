package nl.aanwezig.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.aanwezig.support.Eventually;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The embedded server keeps what it confirmed (fsync, synchronous commit, full page writes), and no run leaves a
 * server behind: a clean stop ends it, and a server that a killed run left running is stopped at the next start.
 */
class EmbeddedDatabaseDurabilityIntegrationTest {

    private static final Duration START = Duration.ofMinutes(2);

    @TempDir Path dataDir;
    /** The killed run's server, stopped here should the test fail before the next start stops it. */
    private long orphan = -1;

    @AfterEach
    void stopTheOrphanIfTheTestLeftIt() {
        if (orphan > 0) {
            ProcessHandle.of(orphan).filter(OrphanedServer::running).ifPresent(ProcessHandle::destroy);
        }
    }

    @Test
    void the_app_connection_sees_fsync_synchronous_commit_and_full_page_writes_on() throws Exception {
        EmbeddedDatabase db = EmbeddedDatabase.start(dataDir, 0);
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), EmbeddedDatabase.APP_ROLE,
                db.credentials().appPassword())) {
            JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(c, true));
            assertThat(jdbc.queryForObject("show fsync", String.class)).isEqualTo("on");
            assertThat(jdbc.queryForObject("show synchronous_commit", String.class)).isEqualTo("on");
            assertThat(jdbc.queryForObject("show full_page_writes", String.class)).isEqualTo("on");
        } finally {
            db.server().close();
        }
    }

    @Test
    void a_server_left_running_by_a_killed_run_is_stopped_at_the_next_start_and_a_clean_stop_leaves_none()
            throws Exception {
        Path started = dataDir.resolve("first-run-started");
        Path output = dataDir.resolve("first-run.log");
        Process firstRun = new ProcessBuilder(
                ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()),
                "-cp", System.getProperty("java.class.path"),
                FirstRun.class.getName(), dataDir.toString(), started.toString())
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        try {
            Eventually.until(() -> Files.exists(started) || !firstRun.isAlive(), START, "the first run's database");
            assertThat(firstRun.isAlive()).as("the first run is up; its output:%n%s", read(output)).isTrue();
            orphan = postmasterPid();

            // while its JVM lives, the server is that app's, not an orphan
            assertThat(OrphanedServer.stopIfRunning(dataDir.resolve("pg"))).isEmpty();
            assertThat(alive(orphan)).isTrue();

            firstRun.destroyForcibly(); // SIGKILL: no shutdown hook stops the server
            assertThat(firstRun.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            firstRun.destroyForcibly();
        }
        assertThat(alive(orphan)).as("the server outlives the killed JVM").isTrue();

        EmbeddedDatabase db = EmbeddedDatabase.start(dataDir, 0);
        long next;
        try {
            assertThat(alive(orphan)).as("the orphaned server").isFalse();
            long stopped = orphan;
            orphan = -1; // its pid may now be anyone's
            next = postmasterPid();
            assertThat(next).isNotEqualTo(stopped);
            JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(db.jdbcUrl(), EmbeddedDatabase.APP_ROLE,
                    db.credentials().appPassword()));
            assertThat(jdbc.queryForObject("select name from first_run", String.class)).isEqualTo("kept");
        } finally {
            db.server().close();
        }
        assertThat(dataDir.resolve("pg/postmaster.pid")).doesNotExist();
        // the pid file goes just before the process exits
        Eventually.until(() -> !alive(next), Duration.ofSeconds(10), "the server to exit after a clean stop");
    }

    @Test
    void a_pid_file_naming_a_live_process_that_is_no_server_of_this_directory_leaves_that_process_alone()
            throws Exception {
        Path pgData = Files.createDirectories(dataDir.resolve("pg"));
        Process unrelated = new ProcessBuilder("sleep", "300").start();
        try {
            // as after a reboot: the pid of the last server now belongs to some other process
            Files.write(pgData.resolve("postmaster.pid"), List.of(Long.toString(unrelated.pid()), pgData.toString()));
            assertThat(OrphanedServer.stopIfRunning(pgData)).isEmpty();
            assertThat(unrelated.isAlive()).isTrue();
        } finally {
            unrelated.destroyForcibly();
        }
    }

    private long postmasterPid() throws IOException {
        return Long.parseLong(Files.readAllLines(dataDir.resolve("pg/postmaster.pid")).getFirst().trim());
    }

    private static boolean alive(long pid) {
        return ProcessHandle.of(pid).filter(OrphanedServer::running).isPresent();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return e.toString();
        }
    }

    /** A run of the app that gets killed: starts the database, writes a row, says so, and waits to be killed. */
    static final class FirstRun {

        public static void main(String[] args) throws Exception {
            EmbeddedDatabase db = EmbeddedDatabase.start(Path.of(args[0]), 0);
            new JdbcTemplate(new DriverManagerDataSource(db.jdbcUrl(), EmbeddedDatabase.APP_ROLE,
                    db.credentials().appPassword()))
                    .execute("create table first_run (name text); insert into first_run values ('kept')");
            Files.createFile(Path.of(args[1]));
            Thread.currentThread().join(); // until the test kills this JVM
        }
    }
}
