package nl.aanwezig.workflow;

import io.camunda.client.CamundaClient;
import java.time.Duration;
import java.util.Optional;
import nl.aanwezig.workflow.engine.DurableEngine;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The engine, as readiness sees it ({@code /actuator/health/readiness}): it answers a topology request, and, for the
 * embedded engine, its log is still written to disk. A log that cannot be written (a full disk) takes no command
 * any more, so the node is not ready, even though the engine's gateway still answers.
 */
@Component("engine")
class EngineHealth implements HealthIndicator {

    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    private final CamundaClient client;
    private final ObjectProvider<DurableEngine> embedded;

    EngineHealth(CamundaClient client, ObjectProvider<DurableEngine> embedded) {
        this.client = client;
        this.embedded = embedded;
    }

    @Override
    public Health health() {
        DurableEngine engine = embedded.getIfAvailable();
        Optional<String> logFailure = engine == null || engine.logHealthy() ? Optional.empty() : engine.logFailure();
        if (logFailure.isPresent()) {
            return Health.down().withDetail("log", logFailure.get()).build();
        }
        try {
            var topology = client.newTopologyRequest().requestTimeout(TIMEOUT).send().join();
            return Health.up().withDetail("brokers", topology.getBrokers().size())
                    .withDetail("partitions", topology.getPartitionsCount()).build();
        } catch (RuntimeException e) {
            return Health.down().withDetail("gateway", e.getMessage()).build();
        }
    }
}
