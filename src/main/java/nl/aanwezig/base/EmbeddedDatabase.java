package nl.aanwezig.base;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;

/**
 * Starts the embedded PostgreSQL and makes it safe on every start (idempotent, so an interrupted first
 * start or a data directory of an earlier version simply gets finished): the superuser gets a password,
 * the app connects as {@link #APP_ROLE}, which is no superuser and owns the app's schema and all its
 * objects except the audit trail, and every connection, also a local one, must give a password (scram-sha-256
 * instead of trust). The audit trail belongs to {@link #AUDIT_ROLE}, which nobody can log in as, and the app may
 * only read it and add to it ({@link #secureAuditTrail()}, after the migrations): so a compromised app cannot drop
 * its append-only trigger, replace the trigger's function or rewrite rows. The public schema belongs to the
 * superuser for the same reason: a schema's owner may drop every object in it, the audit table included.
 */
record EmbeddedDatabase(EmbeddedPostgres server, DatabaseCredentials credentials, String database) {

    static final String APP_ROLE = "aanwezig";
    /** Owns audit_log and its functions; NOLOGIN, and the app role is no member of it. */
    static final String AUDIT_ROLE = "aanwezig_audit";
    static final String APP_DATABASE = "aanwezig";
    /** Where versions before the app role kept the tables; such a data directory keeps them there. */
    static final String LEGACY_DATABASE = "postgres";

    static EmbeddedDatabase start(Path dataDir, int port) throws IOException {
        Path pgData = dataDir.resolve("pg").toAbsolutePath();
        // the database files, the engine's log and the passwords file live below: nobody but the owner may list them
        createPrivateDirectory(dataDir);
        createPrivateDirectory(pgData);
        DatabaseCredentials credentials = DatabaseCredentials.loadOrCreate(dataDir);
        // a server that a killed earlier run left running holds the directory: the start below would fail on it
        OrphanedServer.stopIfRunning(pgData);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(pgData)
                .setCleanDataDirectory(false)
                // zonky's defaults are for throw-away test databases (its -F means fsync off, and it sets
                // synchronous_commit off): here a commit the app was told is done must survive a crash or a power
                // cut. These -c options come after -F on the command line, and the last one wins.
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                // the start-up check connects as postgres: with the password once trust is gone
                .setConnectConfig("password", credentials.superuserPassword());
        if (port > 0) {
            builder.setPort(port);
        }
        EmbeddedPostgres server = builder.start();
        try {
            String database = secure(server, credentials);
            return new EmbeddedDatabase(server, credentials, database);
        } catch (SQLException e) {
            server.close();
            throw new IllegalStateException("could not secure the embedded PostgreSQL in " + pgData, e);
        }
    }

    String jdbcUrl() {
        return url(server, database);
    }

    private static String secure(EmbeddedPostgres server, DatabaseCredentials credentials) throws SQLException {
        String database;
        try (Connection c = superuser(server, credentials, "postgres"); Statement s = c.createStatement()) {
            s.execute("alter role postgres password " + literal(credentials.superuserPassword()));
            if (exists(s, "select 1 from pg_roles where rolname = " + literal(APP_ROLE))) {
                s.execute("alter role " + APP_ROLE + " login nosuperuser nocreatedb nocreaterole password "
                        + literal(credentials.appPassword()));
            } else {
                s.execute("create role " + APP_ROLE + " login nosuperuser nocreatedb nocreaterole password "
                        + literal(credentials.appPassword()));
            }
            if (!exists(s, "select 1 from pg_roles where rolname = " + literal(AUDIT_ROLE))) {
                s.execute("create role " + AUDIT_ROLE + " nologin");
            }
            // nologin also if someone gave it a login; and the app role must not be a member (it would get its rights)
            s.execute("alter role " + AUDIT_ROLE + " nologin nosuperuser nocreatedb nocreaterole password null");
            if (exists(s, "select 1 from pg_auth_members m join pg_roles r on r.oid = m.roleid "
                    + "join pg_roles u on u.oid = m.member where r.rolname = " + literal(AUDIT_ROLE)
                    + " and u.rolname = " + literal(APP_ROLE))) {
                s.execute("revoke " + AUDIT_ROLE + " from " + APP_ROLE);
            }
            if (exists(s, "select 1 from pg_database where datname = " + literal(APP_DATABASE))) {
                database = APP_DATABASE;
            } else if (exists(s, "select 1 from pg_tables where schemaname = 'public' and tablename = 'flyway_schema_history'")) {
                database = LEGACY_DATABASE;
            } else {
                s.execute("create database " + APP_DATABASE + " owner " + APP_ROLE);
                database = APP_DATABASE;
            }
        }
        try (Connection c = superuser(server, credentials, database); Statement s = c.createStatement()) {
            s.execute("alter database " + database + " owner to " + APP_ROLE);
            // not the app role: a schema's owner may drop any object in it, the audit table and its trigger
            // function included. The app creates its tables (Flyway) with the CREATE privilege instead.
            s.execute("alter schema public owner to postgres");
            s.execute("revoke create on schema public from public");
            s.execute("grant usage, create on schema public to " + APP_ROLE);
            s.execute(OwnershipStatements.TRANSFER_OWNERSHIP);
            PasswordOnlyAccess.require(s);
        }
        return database;
    }

    /**
     * Makes {@link #AUDIT_ROLE} the owner of audit_log (its id sequence follows the table), of its append-only
     * trigger function and of the purge function, and leaves the app role SELECT and INSERT on the table, the
     * sequence's nextval and EXECUTE on the purge (a security definer function that deletes only rows more than a
     * year old). Runs after the migrations, at every start (idempotent): on a first start the table does not exist
     * before Flyway creates it. A later migration that alters audit_log or these functions fails as the app role;
     * it must be applied by the superuser (or the audit owner).
     */
    void secureAuditTrail() throws SQLException {
        try (Connection c = superuser(server, credentials, database); Statement s = c.createStatement()) {
            s.execute(OwnershipStatements.SECURE_AUDIT_TRAIL);
        }
    }

    /** Creates the directory, or narrows an existing one, to rwx------ (as PostgreSQL keeps its own). */
    static void createPrivateDirectory(Path dir) throws IOException {
        Files.createDirectories(dir);
        if (!Files.getFileStore(dir).supportsFileAttributeView(PosixFileAttributeView.class)) {
            return;
        }
        Set<PosixFilePermission> ownerOnly = PosixFilePermissions.fromString("rwx------");
        if (!Files.getPosixFilePermissions(dir).equals(ownerOnly)) {
            Files.setPosixFilePermissions(dir, ownerOnly);
        }
    }

    private static Connection superuser(EmbeddedPostgres server, DatabaseCredentials credentials, String database)
            throws SQLException {
        return DriverManager.getConnection(url(server, database), "postgres", credentials.superuserPassword());
    }

    private static String url(EmbeddedPostgres server, String database) {
        return "jdbc:postgresql://localhost:" + server.getPort() + "/" + database;
    }

    private static boolean exists(Statement s, String query) throws SQLException {
        try (ResultSet r = s.executeQuery(query)) {
            return r.next();
        }
    }

    private static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}
