package nl.aanwezig.workflow.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The token other nodes present to the embedded engine's TCP gateway. Generated at the first start that serves other
 * nodes, kept in {@value #FILE} under the data directory that only its owner may read (as the database passwords),
 * never in the configuration; an operator who runs nodes on several machines can give it instead
 * ({@code AANWEZIG_ENGINE_TOKEN}).
 */
public final class EngineToken {

    public static final String FILE = "engine-token";
    private static final SecureRandom RANDOM = new SecureRandom();

    private EngineToken() {
    }

    /** The token in {@code <dataDir>/engine-token}, created (owner-only) if it is not there yet. */
    public static String loadOrCreate(Path dataDir) {
        Path file = dataDir.resolve(FILE);
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            String token = Files.readString(file, StandardCharsets.US_ASCII).strip();
            if (token.isEmpty()) {
                throw new IllegalStateException(file + " is empty: delete it to have a new engine token generated");
            }
            return token;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the engine token " + file, e);
        }
    }

    private static void create(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling(FILE + ".new");
        Files.deleteIfExists(tmp);
        // owner-only from the moment it exists, not chmod'ed afterwards
        Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(tmp, generate() + "\n", StandardCharsets.US_ASCII);
        try {
            Files.move(tmp, file);
        } catch (FileAlreadyExistsException e) {
            // another start won the race: its token stands
            Files.delete(tmp);
        }
    }

    /** 32 random bytes, URL-safe base64: fits an HTTP/2 header as is. */
    static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
