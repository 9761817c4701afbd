package nl.aanwezig.workflow;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Commands for the engine, written in the caller's transaction beside the effect they belong to (a saved form, a
 * closed case, a new route). They reach the engine only after that transaction commits, and until the engine has
 * them ({@link EngineCommandDispatcher}): what a user saves and what the engine is told happen together or not at
 * all.
 */
@Component
class EngineOutbox {

    enum Kind { START_ROUTE, COMPLETE_JOB, CANCEL_ROUTE, SET_VARIABLES }

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private volatile Runnable onCommit = () -> { };

    EngineOutbox(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void startRoute(long routeId) {
        add(Kind.START_ROUTE, routeId, null, Map.of());
    }

    void completeJob(long routeId, long jobKey, Map<String, Object> variables) {
        add(Kind.COMPLETE_JOB, routeId, jobKey, variables);
    }

    void cancelRoute(long routeId) {
        jdbc.update("update workflow_instance set cancelled_at = coalesce(cancelled_at, ?) where id = ?",
                Timestamp.from(clock.instant()), routeId);
        add(Kind.CANCEL_ROUTE, routeId, null, Map.of());
    }

    /** Changes variables of a running route (a new regievoerder for its later tasks). */
    void setVariables(long routeId, Map<String, Object> variables) {
        add(Kind.SET_VARIABLES, routeId, null, variables);
    }

    /** The dispatcher's wake-up, run after each commit that queued a command. */
    void onCommit(Runnable wake) {
        this.onCommit = wake;
    }

    private void add(Kind kind, long routeId, Long jobKey, Map<String, Object> payload) {
        jdbc.update("insert into engine_command (kind, route_id, job_key, payload, created_at) values (?, ?, ?, ?, ?)",
                kind.name(), routeId, jobKey, Variables.toJson(payload), Timestamp.from(clock.instant()));
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    onCommit.run();
                }
            });
        } else {
            onCommit.run();
        }
    }
}
