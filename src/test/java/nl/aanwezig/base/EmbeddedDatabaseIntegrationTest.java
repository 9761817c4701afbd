package nl.aanwezig.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/** The embedded server asks every connection for a password, and the app is not its superuser. */
class EmbeddedDatabaseIntegrationTest {

    @TempDir Path dataDir;

    @Test
    void connecting_without_a_password_is_refused_and_the_app_role_is_no_superuser() throws Exception {
        EmbeddedDatabase db = EmbeddedDatabase.start(dataDir, 0);
        try {
            int port = db.server().getPort();
            assertRefusedWithoutPassword(port, "postgres");
            assertRefusedWithoutPassword(port, EmbeddedDatabase.APP_ROLE);
            try (Connection c = DriverManager.getConnection(db.jdbcUrl(), EmbeddedDatabase.APP_ROLE, db.credentials().appPassword())) {
                JdbcTemplate jdbc = new JdbcTemplate(new org.springframework.jdbc.datasource.SingleConnectionDataSource(c, true));
                assertThat(jdbc.queryForObject("select rolsuper from pg_roles where rolname = current_user", Boolean.class)).isFalse();
                // a schema's owner may drop anything in it, the audit table too: the app only creates in it
                assertThat(jdbc.queryForObject("select pg_get_userbyid(nspowner) from pg_namespace where nspname = 'public'", String.class))
                        .isEqualTo("postgres");
                assertThat(jdbc.queryForObject("select has_schema_privilege('public', 'CREATE')", Boolean.class)).isTrue();
            }
            assertThat(Files.getPosixFilePermissions(dataDir.resolve(DatabaseCredentials.FILE)))
                    .isEqualTo(PosixFilePermissions.fromString("rw-------"));
        } finally {
            db.server().close();
        }
    }

    @Test
    void the_data_directory_and_its_pg_directory_are_owner_only_also_when_they_existed_wider() throws Exception {
        Path wide = dataDir.resolve("data");
        Files.createDirectories(wide.resolve("pg"));
        Files.setPosixFilePermissions(wide, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path fresh = dataDir.resolve("fresh");
        for (Path dir : new Path[] {wide, fresh}) {
            EmbeddedDatabase db = EmbeddedDatabase.start(dir, 0);
            try {
                assertThat(Files.getPosixFilePermissions(dir)).as(dir.toString()).isEqualTo(PosixFilePermissions.fromString("rwx------"));
                assertThat(Files.getPosixFilePermissions(dir.resolve("pg"))).isEqualTo(PosixFilePermissions.fromString("rwx------"));
            } finally {
                db.server().close();
            }
        }
    }

    @Test
    void the_audit_trail_keeps_its_own_owner_across_restarts_and_the_app_role_only_reads_and_adds() throws Exception {
        EmbeddedDatabase db = EmbeddedDatabase.start(dataDir, 0);
        try {
            Flyway.configure().dataSource(db.jdbcUrl(), EmbeddedDatabase.APP_ROLE, db.credentials().appPassword())
                    .locations("classpath:db/migration").load().migrate();
            db.secureAuditTrail();
        } finally {
            db.server().close();
        }
        // the next start hands the app role everything an earlier version left elsewhere, but not the audit trail
        EmbeddedDatabase again = EmbeddedDatabase.start(dataDir, 0);
        try {
            JdbcTemplate app = new JdbcTemplate(new org.springframework.jdbc.datasource.DriverManagerDataSource(
                    again.jdbcUrl(), EmbeddedDatabase.APP_ROLE, again.credentials().appPassword()));
            assertThat(app.queryForObject("select tableowner from pg_tables where tablename = 'audit_log'", String.class))
                    .isEqualTo(EmbeddedDatabase.AUDIT_ROLE);
            assertThat(app.queryForList("select pg_get_userbyid(proowner) from pg_proc where proname in "
                    + "('audit_log_append_only', 'audit_log_purge')", String.class))
                    .containsExactly(EmbeddedDatabase.AUDIT_ROLE, EmbeddedDatabase.AUDIT_ROLE);
            assertThat(app.queryForObject("select rolcanlogin from pg_roles where rolname = ?", Boolean.class,
                    EmbeddedDatabase.AUDIT_ROLE)).isFalse();
            app.update("insert into audit_log (at_utc, username, action, allowed) values (now(), 'x', 'X', true)");
            assertThat(app.queryForObject("select count(*) from audit_log", Integer.class)).isEqualTo(1);
            assertThatThrownBy(() -> app.execute("alter table audit_log disable trigger audit_log_append_only"))
                    .rootCause().satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("42501"));
        } finally {
            again.server().close();
        }
    }

    @Test
    void a_data_directory_of_the_previous_version_is_migrated_to_passwords_and_the_app_role() throws Exception {
        // as versions before this one left it: trust for everyone, the tables in database postgres, owned by postgres
        try (EmbeddedPostgres old = EmbeddedPostgres.builder().setDataDirectory(dataDir.resolve("pg"))
                .setCleanDataDirectory(false).start();
             Connection c = old.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("create table flyway_schema_history (installed_rank int primary key)");
            s.execute("create table pupil (id bigserial primary key, name text)");
            s.execute("insert into pupil (name) values ('Sara')");
        }
        assertThat(dataDir.resolve(DatabaseCredentials.FILE)).doesNotExist();

        EmbeddedDatabase db = EmbeddedDatabase.start(dataDir, 0);
        try {
            assertThat(db.database()).isEqualTo(EmbeddedDatabase.LEGACY_DATABASE);
            assertRefusedWithoutPassword(db.server().getPort(), "postgres");
            DataSource app = new org.springframework.jdbc.datasource.DriverManagerDataSource(db.jdbcUrl(),
                    EmbeddedDatabase.APP_ROLE, db.credentials().appPassword());
            JdbcTemplate jdbc = new JdbcTemplate(app);
            assertThat(jdbc.queryForObject("select name from pupil", String.class)).isEqualTo("Sara");
            jdbc.update("insert into pupil (name) values ('Daan')");
            assertThat(jdbc.queryForObject("select tableowner from pg_tables where tablename = 'pupil'", String.class))
                    .isEqualTo(EmbeddedDatabase.APP_ROLE);
        } finally {
            db.server().close();
        }

        // and the next start finds everything in place
        EmbeddedDatabase again = EmbeddedDatabase.start(dataDir, 0);
        try {
            assertThat(again.database()).isEqualTo(EmbeddedDatabase.LEGACY_DATABASE);
            assertThat(new JdbcTemplate(new org.springframework.jdbc.datasource.DriverManagerDataSource(again.jdbcUrl(),
                    EmbeddedDatabase.APP_ROLE, again.credentials().appPassword()))
                    .queryForObject("select count(*) from pupil", Integer.class)).isEqualTo(2);
        } finally {
            again.server().close();
        }
    }

    private static void assertRefusedWithoutPassword(int port, String user) {
        assertThatThrownBy(() -> DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres", user, null).close())
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("password");
    }
}
