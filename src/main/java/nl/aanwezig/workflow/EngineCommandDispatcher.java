package nl.aanwezig.workflow;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientStatusException;
import io.grpc.Status;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the outbox's commands to the engine, oldest first, each in a transaction that holds its row (skip locked:
 * another app instance takes the next one) and marks it sent. A command the engine cannot take now (engine down,
 * busy) stays and is sent again at the next wake-up or sweep. A command delivered twice writes once: completing a job
 * or cancelling an instance that is already gone is done, and an instance created twice loses its claim
 * ({@link EngineCommands}).
 */
@Component
class EngineCommandDispatcher {

    private static final Logger log = LoggerFactory.getLogger(EngineCommandDispatcher.class);

    private final JdbcTemplate jdbc;
    private final EngineCommands commands;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("engine-outbox").daemon().factory());
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private volatile boolean enabled;

    EngineCommandDispatcher(JdbcTemplate jdbc, CamundaClient client, RouteClaims claims, EngineOutbox outbox,
                            PlatformTransactionManager txManager, Clock clock) {
        this.jdbc = jdbc;
        this.commands = new EngineCommands(jdbc, client, claims);
        this.tx = new TransactionTemplate(txManager);
        this.clock = clock;
        outbox.onCommit(this::wake);
    }

    /** Starts sending (once the models are deployed and the workers listen). */
    void enable() {
        enabled = true;
        wake();
    }

    /** Stops sending; what is queued stays queued (tests use this to stop between a save and the engine). */
    void disable() {
        enabled = false;
    }

    void wake() {
        if (enabled && scheduled.compareAndSet(false, true)) {
            thread.execute(() -> {
                scheduled.set(false);
                drain();
            });
        }
    }

    /** Sends until the outbox is empty or the engine does not answer. Returns how many were sent. */
    int drain() {
        int sent = 0;
        // a route whose command the engine cannot take now waits, with its later commands; other routes go on
        java.util.Set<Long> waiting = new java.util.HashSet<>();
        while (enabled) {
            Long[] skip = waiting.toArray(Long[]::new);
            Outcome o = tx.execute(status -> sendOldest(skip));
            if (o == null || o == Outcome.NONE) {
                return sent;
            }
            if (o.routeWaits() != null) {
                waiting.add(o.routeWaits());
            } else {
                sent++;
            }
        }
        return sent;
    }

    private record Outcome(Long routeWaits) {
        static final Outcome NONE = new Outcome(-1L);
    }

    private record Command(long id, String kind, Long routeId, Long jobKey, String payload) {
    }

    /** Sends the oldest command of a route not waiting; says which route must wait when the engine cannot take it. */
    private Outcome sendOldest(Long[] waitingRoutes) {
        Command c = jdbc.query(con -> {
            var ps = con.prepareStatement("""
                    select id, kind, route_id, job_key, payload from engine_command
                    where sent_at is null and not (route_id = any (?))
                    order by id limit 1 for update skip locked""");
            ps.setArray(1, con.createArrayOf("bigint", waitingRoutes));
            return ps;
        }, rs -> rs.next()
                ? new Command(rs.getLong(1), rs.getString(2), (Long) rs.getObject(3), (Long) rs.getObject(4),
                        rs.getString(5)) : null);
        if (c == null) {
            return Outcome.NONE;
        }
        String outcome;
        try {
            outcome = switch (EngineOutbox.Kind.valueOf(c.kind())) {
                case START_ROUTE -> commands.startRoute(c.routeId());
                case COMPLETE_JOB -> commands.completeJob(c.jobKey(), Variables.fromJson(c.payload()));
                case CANCEL_ROUTE -> commands.cancelRoute(c.routeId());
                case SET_VARIABLES -> commands.setVariables(c.routeId(), Variables.fromJson(c.payload()));
            };
        } catch (ClientStatusException e) {
            if (isTransient(e.getStatusCode())) {
                return retryLater(c, e.getMessage());
            }
            outcome = "refused: " + e.getStatusCode() + " " + e.getMessage();
            log.error("Engine refused command {} ({}, route {}): {}", c.id(), c.kind(), c.routeId(), e.getMessage());
        } catch (RuntimeException e) {
            return retryLater(c, e.toString());
        }
        jdbc.update("update engine_command set sent_at = ?, attempts = attempts + 1, outcome = ? where id = ?",
                Timestamp.from(clock.instant()), shorten(outcome), c.id());
        return new Outcome(null);
    }

    /** The engine cannot take it now: count the attempt; its route waits until the next drain. */
    private Outcome retryLater(Command c, String why) {
        jdbc.update("update engine_command set attempts = attempts + 1, outcome = ? where id = ?", shorten(why), c.id());
        log.warn("Engine did not take command {} ({}): {}; will retry", c.id(), c.kind(), why);
        return new Outcome(c.routeId());
    }

    private static boolean isTransient(Status.Code code) {
        return code == Status.Code.UNAVAILABLE || code == Status.Code.DEADLINE_EXCEEDED
                || code == Status.Code.RESOURCE_EXHAUSTED || code == Status.Code.CANCELLED
                || code == Status.Code.UNKNOWN || code == Status.Code.INTERNAL;
    }

    private static String shorten(String s) {
        return s == null ? null : s.length() <= 300 ? s : s.substring(0, 300);
    }

    @jakarta.annotation.PreDestroy
    void shutdown() {
        enabled = false;
        thread.shutdownNow();
    }
}
