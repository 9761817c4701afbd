package nl.aanwezig.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.CamundaClient;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The engine's log, state and snapshots hold every route's variables: what the embedded engine writes under the data
 * directory is its owner's only, directories {@code rwx------} and files {@code rw-------}, whatever the umask
 * (this machine's is 022, which would make them world-readable).
 */
class EngineFilesOwnerOnlyTest {

    private static final Set<PosixFilePermission> NOT_OWNER = Set.of(
            PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    private Path dataDir;
    private Path dir;
    private DurableEngine engine;
    private CamundaClient client;

    @BeforeEach
    void aDataDirectoryOthersMayRead() throws Exception {
        dataDir = Files.createTempDirectory("engine-perms");
        Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString("rwxr-xr-x"));
        dir = dataDir.resolve("engine");
    }

    @AfterEach
    void close() {
        if (client != null) {
            client.close();
        }
        if (engine != null) {
            engine.stop();
        }
        StateSnapshots.deleteTree(dataDir);
    }

    private void start() {
        engine = DurableEngine.open(DurableEngine.Settings.at(dir).withSegmentBytes(64 * 1024), Duration.ofSeconds(60));
        client = engine.createClient();
    }

    private void work() {
        client.newDeployResourceCommand().addProcessModel(Bpmn.createExecutableProcess("perms").startEvent()
                .serviceTask("s", t -> t.zeebeJobType("s")).endEvent().done(), "perms.bpmn").send().join();
        for (int i = 0; i < 20; i++) {
            client.newCreateInstanceCommand().bpmnProcessId("perms").latestVersion().variables("{\"bsn\":\"123456782\"}")
                    .send().join();
        }
    }

    @Test
    void the_log_the_state_and_the_snapshots_are_owner_only_directories_and_files() throws Exception {
        start();
        work();
        assertThat(engine.snapshot()).isPositive();

        List<Path> all = tree(dir);
        assertThat(all).as("log segments and a snapshot were written")
                .anyMatch(p -> p.startsWith(dir.resolve("log")) && Files.isRegularFile(p))
                .anyMatch(p -> p.startsWith(dir.resolve("snapshots")) && Files.isRegularFile(p));
        for (Path p : all) {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS);
            if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                assertThat(PosixFilePermissions.toString(perms)).as("directory %s", dir.relativize(p)).isEqualTo("rwx------");
            } else if (p.startsWith(dir.resolve("log")) || p.startsWith(dir.resolve("snapshots"))) {
                assertThat(PosixFilePermissions.toString(perms)).as("file %s", dir.relativize(p)).isEqualTo("rw-------");
            }
        }
        // RocksDB's own files (runtime/, the native library) are in those directories, and without the others' bits
        // as of the snapshot or the start; the native library keeps its owner's execute bit
        for (Path p : tree(dir.resolve("native"))) {
            assertThat(Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS)).as("%s", p).doesNotContainAnyElementsOf(NOT_OWNER);
        }
    }

    @Test
    void an_engine_directory_left_world_readable_by_an_older_version_is_made_owner_only_at_the_start() throws Exception {
        start();
        work();
        engine.snapshot();
        client.close();
        client = null;
        engine.stop();
        engine = null;
        for (Path p : tree(dir)) {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(Files.isDirectory(p) ? "rwxr-xr-x" : "rw-r--r--"));
        }

        start();

        for (Path p : tree(dir)) {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS);
            if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                assertThat(PosixFilePermissions.toString(perms)).as("directory %s", dir.relativize(p)).isEqualTo("rwx------");
            } else if (p.startsWith(dir.resolve("log")) || p.startsWith(dir.resolve("snapshots"))) {
                assertThat(PosixFilePermissions.toString(perms)).as("file %s", dir.relativize(p)).isEqualTo("rw-------");
            } else {
                assertThat(perms).as("file %s", dir.relativize(p)).doesNotContainAnyElementsOf(NOT_OWNER);
            }
        }
    }

    private static List<Path> tree(Path root) throws Exception {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.toList();
        }
    }
}
