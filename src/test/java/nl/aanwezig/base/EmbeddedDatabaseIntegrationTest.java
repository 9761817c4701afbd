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
                assertThat(jdbc.queryForObject("select pg_get_userbyid(nspowner) from pg_namespace where nspname = 'public'", String.class))
                        .isEqualTo(EmbeddedDatabase.APP_ROLE);
            }
            assertThat(Files.getPosixFilePermissions(dataDir.resolve(DatabaseCredentials.FILE)))
                    .isEqualTo(PosixFilePermissions.fromString("rw-------"));
        } finally {
            db.server().close();
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
