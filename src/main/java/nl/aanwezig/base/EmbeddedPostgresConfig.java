package nl.aanwezig.base;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded default: a real PostgreSQL server (binaries from Maven Central) whose data directory
 * lives under {@code aanwezig.db.data-dir}, so nothing but a JDK is needed and data survives restarts.
 * The app connects as its own role with a generated password, not as the superuser.
 */
@Configuration
@ConditionalOnProperty(name = "aanwezig.db.embedded", havingValue = "true")
class EmbeddedPostgresConfig {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfig.class);

    @Bean(destroyMethod = "")
    EmbeddedDatabase embeddedDatabase(@Value("${aanwezig.db.data-dir}") Path dataDir,
                                      @Value("${aanwezig.db.port:0}") int port) throws IOException {
        EmbeddedDatabase db = EmbeddedDatabase.start(dataDir, port);
        log.info("Embedded PostgreSQL on port {} with data in {} (database {}, role {})", db.server().getPort(),
                dataDir.resolve("pg").toAbsolutePath(), db.database(), EmbeddedDatabase.APP_ROLE);
        return db;
    }

    /** Its own bean so the server stops after the pool that uses it (Spring destroys dependants first). */
    @Bean(destroyMethod = "close")
    io.zonky.test.db.postgres.embedded.EmbeddedPostgres embeddedPostgres(EmbeddedDatabase db) {
        return db.server();
    }

    /**
     * Flyway runs as the app role; right after it, still before anything else uses the database, the superuser
     * hands the audit trail (which a first start's migrations have only just created) to its own owner role.
     */
    @Bean
    FlywayMigrationStrategy migrateThenSecureAuditTrail(EmbeddedDatabase db) {
        return flyway -> {
            flyway.migrate();
            try {
                db.secureAuditTrail();
            } catch (SQLException e) {
                throw new IllegalStateException("could not hand audit_log to the role " + EmbeddedDatabase.AUDIT_ROLE, e);
            }
        };
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedDatabase db, io.zonky.test.db.postgres.embedded.EmbeddedPostgres server) {
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl(db.jdbcUrl());
        ds.setUsername(EmbeddedDatabase.APP_ROLE);
        ds.setPassword(db.credentials().appPassword());
        ds.setMaximumPoolSize(10);
        return ds;
    }
}
