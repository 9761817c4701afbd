package nl.aanwezig.workflow;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ActivatedJob;
import java.time.Duration;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Which engine instance is a route. Creating an instance cannot be made idempotent in Zeebe, so every instance
 * carries a token of its own, and the first to claim the route with its token (its creator, or its first job) is
 * the route. An instance created twice, because the app stopped between the engine's answer and the database's
 * commit, loses the claim and is cancelled before any of its jobs has an effect.
 */
@Component
class RouteClaims {

    static final String TOKEN = "routeToken";
    private static final Logger log = LoggerFactory.getLogger(RouteClaims.class);

    private final JdbcTemplate jdbc;
    private final CamundaClient client;

    RouteClaims(JdbcTemplate jdbc, CamundaClient client) {
        this.jdbc = jdbc;
        this.client = client;
    }

    /**
     * True if the instance holding this token is the route (and the route was not cancelled). The instance key is
     * remembered only from an instance of the route's own process (a job of a called child names the child).
     */
    boolean claim(long routeId, String token, String processId, long instanceKey) {
        jdbc.update("""
                update workflow_instance set instance_token = ?,
                       instance_key = coalesce(instance_key, case when process_id = ? then ? end)
                where id = ? and instance_token is null""", token, processId, instanceKey, routeId);
        return owns(routeId, token);
    }

    private boolean owns(long routeId, String token) {
        Boolean ours = jdbc.query("select instance_token = ? and cancelled_at is null from workflow_instance where id = ?",
                rs -> rs.next() ? rs.getBoolean(1) : Boolean.FALSE, token, routeId);
        return Boolean.TRUE.equals(ours);
    }

    /**
     * For a job: may it have an effect? A job of an instance that is not the route (a twin, or a route cancelled with
     * its case) is cancelled with its instance, or, for a child instance the engine will not cancel alone, failed.
     */
    boolean jobBelongsToRoute(ActivatedJob job) {
        Map<String, Object> vars = job.getVariablesAsMap(); // parses the job's JSON: once
        Object route = vars.get(RouteLedger.ROUTE_ID);
        Object token = vars.get(TOKEN);
        if (!(route instanceof Number r) || !(token instanceof String t)) {
            return true; // a model started outside the app (tests, a modeller's try-out): nothing to compare
        }
        if (claim(r.longValue(), t, job.getBpmnProcessId(), job.getProcessInstanceKey())) {
            return true;
        }
        Long rootKey = isRouteProcess(r.longValue(), job.getBpmnProcessId()) ? job.getProcessInstanceKey() : null;
        log.info("Job {} of instance {} is not route {}'s: withdrawn", job.getKey(), job.getProcessInstanceKey(), r);
        try {
            if (rootKey != null) {
                client.newCancelInstanceCommand(rootKey).requestTimeout(Duration.ofSeconds(10)).send().join();
            } else {
                client.newFailCommand(job.getKey()).retries(0).errorMessage("not the route's instance")
                        .requestTimeout(Duration.ofSeconds(10)).send().join();
            }
        } catch (RuntimeException e) {
            log.warn("Could not withdraw instance {}: {}", job.getProcessInstanceKey(), e.getMessage());
        }
        return false;
    }

    private boolean isRouteProcess(long routeId, String processId) {
        return Boolean.TRUE.equals(jdbc.query("select process_id = ? from workflow_instance where id = ?",
                rs -> rs.next() && rs.getBoolean(1), processId, routeId));
    }
}
