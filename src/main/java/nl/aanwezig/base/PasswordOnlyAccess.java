package nl.aanwezig.base;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The embedded server's client authentication (pg_hba.conf): a password for every connection, also a local one.
 * Apart from {@link EmbeddedDatabase} because it is about a file of the server, not about roles and owners.
 */
final class PasswordOnlyAccess {

    /** Replaces initdb's "trust" (anyone local is anyone, superuser included) with passwords for all. */
    static void require(Statement s) throws SQLException {
        Path hba;
        try (ResultSet r = s.executeQuery("show hba_file")) {
            r.next();
            hba = Path.of(r.getString(1));
        }
        String wanted = """
                # Written by Aanwezig: every connection gives a password (the passwords are in ../db-credentials.properties)
                local   all   all                  scram-sha-256
                host    all   all   127.0.0.1/32   scram-sha-256
                host    all   all   ::1/128        scram-sha-256
                """;
        try {
            if (!wanted.equals(Files.readString(hba))) {
                Files.writeString(hba, wanted);
                s.execute("select pg_reload_conf()");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private PasswordOnlyAccess() {
    }
}
