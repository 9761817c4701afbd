package nl.aanwezig.workflow;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientStatusException;
import io.grpc.Status;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The outbox's four commands as calls to the engine, each safe to deliver twice: completing a job or cancelling an
 * instance that is already gone is done, and an instance created twice loses its claim. Apart from
 * {@link EngineCommandDispatcher} so the dispatcher is only about which row goes when, and this only about what a row
 * means to the engine. Each returns the outcome to record; a {@link ClientStatusException} it lets through is for the
 * dispatcher to judge (retry or refused).
 */
final class EngineCommands {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final JdbcTemplate jdbc;
    private final CamundaClient client;
    private final RouteClaims claims;

    EngineCommands(JdbcTemplate jdbc, CamundaClient client, RouteClaims claims) {
        this.jdbc = jdbc;
        this.client = client;
        this.claims = claims;
    }

    String startRoute(long routeId) {
        record Route(String processId, String variables, String token, boolean cancelled) {
        }
        Route r = jdbc.query("select process_id, variables, instance_token, cancelled_at is not null from workflow_instance where id = ?",
                rs -> rs.next() ? new Route(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)) : null,
                routeId);
        if (r == null || r.cancelled()) {
            return "not started: route cancelled";
        }
        if (r.token() != null) {
            return "already started";
        }
        String token = UUID.randomUUID().toString();
        Map<String, Object> vars = Variables.fromJson(r.variables());
        vars.put(RouteLedger.ROUTE_ID, routeId);
        vars.put(RouteClaims.TOKEN, token);
        long key = client.newCreateInstanceCommand().bpmnProcessId(r.processId()).latestVersion().variables(vars)
                .requestTimeout(TIMEOUT).send().join().getProcessInstanceKey();
        if (!claims.claim(routeId, token, r.processId(), key)) {
            // another instance of this route claimed it first: this one is the twin
            client.newCancelInstanceCommand(key).requestTimeout(TIMEOUT).send().join();
            return "twin " + key + " cancelled";
        }
        return "started " + key;
    }

    String completeJob(long jobKey, Map<String, Object> variables) {
        try {
            client.newCompleteCommand(jobKey).variables(variables).requestTimeout(TIMEOUT).send().join();
            return "completed";
        } catch (ClientStatusException e) {
            if (e.getStatusCode() == Status.Code.NOT_FOUND) {
                // completed by an earlier delivery of this command, or withdrawn by the route meanwhile
                return "job gone";
            }
            throw e;
        }
    }

    String cancelRoute(long routeId) {
        Long key = jdbc.queryForObject("select instance_key from workflow_instance where id = ?", Long.class, routeId);
        if (key == null) {
            return "nothing to cancel";
        }
        try {
            client.newCancelInstanceCommand(key).requestTimeout(TIMEOUT).send().join();
            return "cancelled";
        } catch (ClientStatusException e) {
            if (e.getStatusCode() == Status.Code.NOT_FOUND) {
                return "already ended";
            }
            throw e;
        }
    }

    String setVariables(long routeId, Map<String, Object> variables) {
        Long key = jdbc.queryForObject("select instance_key from workflow_instance where id = ?", Long.class, routeId);
        if (key == null) {
            // the route's start is still queued before this command (commands of a route go in order)
            throw new IllegalStateException("route " + routeId + " has no instance yet");
        }
        try {
            client.newSetVariablesCommand(key).variables(variables).local(false).requestTimeout(TIMEOUT).send().join();
            return "variables set";
        } catch (ClientStatusException e) {
            if (e.getStatusCode() == Status.Code.NOT_FOUND) {
                return "route ended";
            }
            throw e;
        }
    }
}
