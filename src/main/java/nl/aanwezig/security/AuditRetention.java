package nl.aanwezig.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one deletion path of the audit trail: rows older than the retention go, nightly. The app's role has no
 * DELETE on audit_log (it belongs to the audit owner role); it may only call audit_log_purge (V21), a function
 * running with the owner's rights that refuses a cut-off less than a year back, and V11's trigger allows the
 * delete only inside that call (the setting aanwezig.audit_purge_before), so nothing else can delete audit rows.
 */
@Component
class AuditRetention {

    private static final Logger log = LoggerFactory.getLogger(AuditRetention.class);
    static final Duration MINIMUM = Duration.ofDays(365);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Duration retention;
    private final LoginThrottle throttle;
    private final TransactionTemplate tx;

    AuditRetention(JdbcTemplate jdbc, Clock clock, LoginThrottle throttle, TransactionTemplate tx,
                   @Value("${aanwezig.audit.retention:1825d}") Duration retention) {
        if (retention.compareTo(MINIMUM) < 0) {
            throw new IllegalStateException("aanwezig.audit.retention must be at least 365 days, not " + retention);
        }
        this.jdbc = jdbc;
        this.clock = clock;
        this.throttle = throttle;
        this.retention = retention;
        this.tx = tx;
    }

    @Scheduled(cron = "${aanwezig.audit.purge-cron:0 30 3 * * *}")
    void nightly() {
        int purged = purge();
        throttle.forgetOld();
        log.info("Audit retention: {} rows older than {} purged", purged, retention);
    }

    /** Deletes audit rows older than the retention; returns how many. */
    int purge() {
        Instant before = clock.instant().minus(retention);
        Long purged = tx.execute(status ->
                jdbc.queryForObject("select audit_log_purge(?)", Long.class, Timestamp.from(before)));
        return purged == null ? 0 : Math.toIntExact(purged);
    }
}
