package nl.aanwezig.workflow;

import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.worker.JobClient;
import io.camunda.client.api.worker.JobHandler;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a module's {@link RouteStep} for a job: a job of an instance that is not the route is left to its withdrawal;
 * a writing step runs in one transaction with the record of its job key, so a redelivered job changes nothing and
 * completes with no variables. The engine retries a job whose step throws.
 */
@Component
class RouteStepRunner {

    private final RouteClaims claims;
    private final ProcessedJobs processed;
    private final TransactionTemplate tx;

    RouteStepRunner(RouteClaims claims, ProcessedJobs processed, TransactionTemplate tx) {
        this.claims = claims;
        this.processed = processed;
        this.tx = tx;
    }

    JobHandler handlerFor(RouteStep step) {
        return (JobClient jobClient, ActivatedJob job) -> {
            Map<String, Object> vars = run(step, job);
            if (vars != null) {
                jobClient.newCompleteCommand(job.getKey()).variables(vars).send().join();
            }
        };
    }

    /** The variables to complete the job with, or null for a job that is not the route's. */
    Map<String, Object> run(RouteStep step, ActivatedJob job) {
        if (!claims.jobBelongsToRoute(job)) {
            return null;
        }
        RouteJob routeJob = RouteJob.of(job);
        if (!step.writes()) {
            return step.run(routeJob);
        }
        return tx.execute(status -> processed.firstTime(job.getKey()) ? step.run(routeJob) : Map.of());
    }
}
