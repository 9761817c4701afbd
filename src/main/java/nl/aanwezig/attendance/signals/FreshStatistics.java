package nl.aanwezig.attendance.signals;

import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The planner's statistics of the tables detection reads, made current after a long period was imported. A year's
 * first import fills tables whose statistics still describe them empty (the planner then picks scans and nested loops
 * for millions of rows) until autovacuum analyzes them, up to a minute later: the benchmark's first school took 24 s
 * to detect, the others half a second. ANALYZE samples a fixed number of rows, well under a second even for a region.
 */
@Component
class FreshStatistics {

    private static final Logger log = LoggerFactory.getLogger(FreshStatistics.class);
    /** Shorter imports (a day, a week) change too small a share of a school year's rows to move the statistics. */
    static final int LONG_PERIOD_DAYS = 28;

    /** The events of one import follow each other within this; the statistics stay good for it. */
    static final Duration BURST = Duration.ofMinutes(2);

    private final Map<String, Long> analyzed = new ConcurrentHashMap<>();
    private final JdbcTemplate jdbc;
    private final TransactionTemplate newTransaction;

    FreshStatistics(JdbcTemplate jdbc, PlatformTransactionManager txManager) {
        this.jdbc = jdbc;
        // called after the import's commit, where its connection is still bound: a statement needs its own
        this.newTransaction = new TransactionTemplate(txManager);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Analyzes the tables (names from code, not input) when the imported period is long, each on its own, and each
     * at most once per {@link #BURST}: an absence export of a region publishes one event per school, and analyzing
     * {@code registration} for each of them cost 22 s of a year's 55 s detection (F=0.1).
     */
    void afterImportOf(LocalDate from, LocalDate to, String... tables) {
        if (ChronoUnit.DAYS.between(from, to) < LONG_PERIOD_DAYS) {
            return;
        }
        long t0 = System.nanoTime();
        for (String table : tables) {
            // elapsed time, not the clock's date: only how long ago this process analyzed it matters
            Long last = analyzed.get(table);
            if (last != null && t0 - last < BURST.toNanos()) {
                continue;
            }
            analyzed.put(table, t0);
            try {
                newTransaction.executeWithoutResult(s -> jdbc.execute("analyze " + table));
            } catch (RuntimeException e) {
                // only a plan gets worse without it: detection itself must still run
                log.warn("Could not analyze {} after an import", table, e);
            }
        }
        log.debug("Analyzed {} in {} ms", String.join(", ", tables), (System.nanoTime() - t0) / 1_000_000);
    }
}
