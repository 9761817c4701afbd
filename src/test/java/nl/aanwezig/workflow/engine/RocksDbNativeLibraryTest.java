package nl.aanwezig.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** RocksDB's native library is copied into the engine's directory, not left behind in the temp directory. */
class RocksDbNativeLibraryTest {

    private static final Path TMP = Path.of(System.getProperty("java.io.tmpdir"));
    private Path dir;

    @BeforeEach
    void dir() throws IOException {
        dir = Files.createTempDirectory("durable-engine-native");
    }

    @AfterEach
    void close() {
        StateSnapshots.deleteTree(dir);
    }

    private static List<Path> rocksDbCopiesIn(Path d) throws IOException {
        try (Stream<Path> files = Files.list(d)) {
            return files.filter(p -> p.getFileName().toString().startsWith("librocksdbjni")).toList();
        }
    }

    @Test
    void opening_the_engine_leaves_no_rocksdb_library_copy_in_the_temp_directory() throws IOException {
        List<Path> before = rocksDbCopiesIn(TMP);

        try (DurableEngine engine = DurableEngine.open(DurableEngine.Settings.at(dir), Duration.ofSeconds(60))) {
            assertThat(engine.logHealthy()).isTrue();
        }

        Path maps = Path.of("/proc/self/maps");
        if (!Files.isReadable(maps)) {
            // other JVMs on this machine may add or remove their own copies meanwhile: only a fallback
            assertThat(rocksDbCopiesIn(TMP)).isSubsetOf(before);
            return;
        }
        // Linux tells which file this JVM's library was mapped from
        List<String> mapped = Files.readAllLines(maps).stream().filter(l -> l.contains("librocksdbjni"))
                .map(l -> l.substring(l.indexOf('/')).replace(" (deleted)", "")).distinct().toList();
        assertThat(mapped).as("loaded from an engine's native directory, not the temp directory").isNotEmpty()
                .allMatch(p -> !Path.of(p).getParent().equals(TMP))
                .allMatch(p -> p.contains("/native/librocksdbjni"));
    }

    @Test
    void a_copy_left_in_the_engine_directory_by_a_killed_run_is_removed_at_start() throws IOException {
        Path nativeDir = Files.createDirectories(dir.resolve("native"));
        Path stale = Files.writeString(nativeDir.resolve("librocksdbjni-linux64.so.old"), "left by a killed JVM");

        try (DurableEngine engine = DurableEngine.open(DurableEngine.Settings.at(dir), Duration.ofSeconds(60))) {
            assertThat(stale).doesNotExist();
        }
    }
}
