package nl.aanwezig.base;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Starts the embedded PostgreSQL and makes it safe on every start (idempotent, so an interrupted first
 * start or a data directory of an earlier version simply gets finished): the superuser gets a password,
 * the app connects as {@link #APP_ROLE}, which is no superuser and owns the app's schema and all its
 * objects, and every connection, also a local one, must give a password (scram-sha-256 instead of trust).
 */
record EmbeddedDatabase(EmbeddedPostgres server, DatabaseCredentials credentials, String database) {

    static final String APP_ROLE = "aanwezig";
    static final String APP_DATABASE = "aanwezig";
    /** Where versions before the app role kept the tables; such a data directory keeps them there. */
    static final String LEGACY_DATABASE = "postgres";

    static EmbeddedDatabase start(Path dataDir, int port) throws IOException {
        Path pgData = dataDir.resolve("pg").toAbsolutePath();
        Files.createDirectories(pgData);
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
            s.execute("alter schema public owner to " + APP_ROLE);
            s.execute("revoke create on schema public from public");
            s.execute(TRANSFER_OWNERSHIP);
            requirePasswords(s);
        }
        return database;
    }

    /** Tables, views, free sequences and functions that an earlier version created as postgres. */
    private static final String TRANSFER_OWNERSHIP = """
            do $$
            declare r record;
            begin
                for r in select c.oid::regclass as name, c.relkind from pg_class c
                         join pg_namespace n on n.oid = c.relnamespace
                         where n.nspname = 'public' and c.relkind in ('r', 'p', 'v', 'm', 'S')
                           and c.relowner <> (select oid from pg_roles where rolname = 'aanwezig')
                           and not (c.relkind = 'S' and exists (select 1 from pg_depend d
                                    where d.objid = c.oid and d.deptype in ('a', 'i')))
                loop
                    execute format('alter %s %s owner to aanwezig',
                        case r.relkind when 'S' then 'sequence' when 'v' then 'view'
                                       when 'm' then 'materialized view' else 'table' end, r.name);
                end loop;
                for r in select p.oid::regprocedure as name from pg_proc p
                         join pg_namespace n on n.oid = p.pronamespace
                         where n.nspname = 'public'
                           and p.proowner <> (select oid from pg_roles where rolname = 'aanwezig')
                loop
                    execute format('alter function %s owner to aanwezig', r.name);
                end loop;
            end $$""";

    /** Replaces initdb's "trust" (anyone local is anyone, superuser included) with passwords for all. */
    private static void requirePasswords(Statement s) throws SQLException {
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
