package nl.aanwezig.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EngineTokenTest {

    @TempDir
    Path dataDir;

    @Test
    void the_generated_token_is_readable_by_its_owner_only_and_the_same_at_every_start() throws Exception {
        String first = EngineToken.loadOrCreate(dataDir);

        Path file = dataDir.resolve(EngineToken.FILE);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        // 32 random bytes in URL-safe base64 without padding
        assertThat(first).matches("[A-Za-z0-9_-]{43}");
        assertThat(EngineToken.loadOrCreate(dataDir)).isEqualTo(first);
        assertThat(EngineToken.loadOrCreate(Files.createDirectory(dataDir.resolve("other")))).isNotEqualTo(first);
    }
}
