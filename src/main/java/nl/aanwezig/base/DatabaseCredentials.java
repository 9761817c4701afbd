package nl.aanwezig.base;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;

/**
 * The embedded server's passwords: generated at the first start, kept in a file under the data directory
 * that only its owner may read (as PostgreSQL keeps its own data directory), never in the configuration.
 */
record DatabaseCredentials(String superuserPassword, String appPassword) {

    static final String FILE = "db-credentials.properties";
    private static final SecureRandom RANDOM = new SecureRandom();

    static DatabaseCredentials loadOrCreate(Path dataDir) throws IOException {
        Path file = dataDir.resolve(FILE);
        if (!Files.exists(file)) {
            create(file);
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file)) {
            p.load(in);
        }
        return new DatabaseCredentials(p.getProperty("superuser.password"), p.getProperty("app.password"));
    }

    private static void create(Path file) throws IOException {
        Properties p = new Properties();
        p.setProperty("superuser.password", generate());
        p.setProperty("app.password", generate());
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling(FILE + ".new");
        Files.deleteIfExists(tmp);
        // owner-only from the moment it exists, not chmod'ed afterwards
        Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try (Writer out = Files.newBufferedWriter(tmp)) {
            p.store(out, "Aanwezig embedded PostgreSQL: superuser postgres and the app's role. Keep private.");
        }
        try {
            Files.move(tmp, file);
        } catch (FileAlreadyExistsException e) {
            Files.delete(tmp);
        }
    }

    private static String generate() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
