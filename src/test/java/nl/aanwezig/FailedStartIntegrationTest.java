package nl.aanwezig;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import nl.aanwezig.support.AppProcess;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/**
 * A start that cannot reach its engine, run as the operator runs it (its own process, its own exit status): it gives
 * up within {@code aanwezig.engine.start-timeout}, says why in Dutch and English, exits with
 * {@link AanwezigApplication#START_FAILED} instead of hanging as a JVM that serves nothing, prints no first-admin
 * password for an app that never came up, and leaves no PostgreSQL running on its data directory.
 */
class FailedStartIntegrationTest {

    @Test
    void a_start_with_an_unreachable_engine_exits_with_start_failed_and_its_reason_prints_no_password_and_leaves_no_database_running()
            throws Exception {
        Path dataDir = Files.createTempDirectory("aanwezig-failed-start");
        int nobodyListens = AppProcess.freePort();
        try (AppProcess app = AppProcess.start("failed-start", List.of(
                "--aanwezig.engine.mode=remote",
                "--aanwezig.engine.grpc-address=http://127.0.0.1:" + nobodyListens,
                "--aanwezig.engine.start-timeout=10s",
                "--aanwezig.db.data-dir=" + dataDir, "--aanwezig.db.port=0",
                // no demo data and no admin password: a start that succeeded would generate and print one
                "--aanwezig.demo-data=false",
                "--server.port=0"), Map.of())) {

            int exit = app.awaitExit(Duration.ofMinutes(3));
            String log = app.log();

            assertThat(exit).as("exit status\n" + app.tail(40)).isEqualTo(AanwezigApplication.START_FAILED);
            assertThat(log).as("the database was up before the engine failed (else the last check proves nothing)")
                    .contains("Embedded PostgreSQL on port");
            assertThat(log).contains("Aanwezig kon niet starten / Aanwezig could not start")
                    .contains("aanwezig.engine.start-timeout");
            assertThat(log).as("no first admin's password for a start that failed").doesNotContain("one-time password")
                    .doesNotContainIgnoringCase("eenmalig wachtwoord");
            assertThat(postmasterStillRunning(dataDir.resolve("pg")))
                    .as("the embedded PostgreSQL of the failed start is stopped").isEmpty();
        } finally {
            stopLeftoverPostgres(dataDir.resolve("pg"));
            FileSystemUtils.deleteRecursively(dataDir);
        }
    }

    /** The pid in postmaster.pid if that process still lives; PostgreSQL removes the file when it stops. */
    private static OptionalLong postmasterStillRunning(Path pgData) throws IOException {
        Path pidFile = pgData.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return OptionalLong.empty();
        }
        long pid = Long.parseLong(Files.readAllLines(pidFile).getFirst().strip());
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).map(p -> OptionalLong.of(pid))
                .orElse(OptionalLong.empty());
    }

    /** If the assertion above failed, the server must still not outlive the test (nor keep the temp dir). */
    private static void stopLeftoverPostgres(Path pgData) throws IOException {
        OptionalLong pid = postmasterStillRunning(pgData);
        if (pid.isPresent()) {
            ProcessHandle.of(pid.getAsLong()).ifPresent(p -> {
                // SIGTERM: PostgreSQL's "smart" shutdown
                p.destroy();
                p.onExit().orTimeout(30, java.util.concurrent.TimeUnit.SECONDS).exceptionally(e -> null).join();
            });
        }
    }
}
