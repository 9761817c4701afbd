package nl.aanwezig.workflow;

import io.camunda.client.api.response.ActivatedJob;
import nl.aanwezig.cases.CaseService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Closes the case when the route ends resolved. Thin: reads the case id, calls the case module. */
@Component
class CloseCaseWorker {

    private final CaseService cases;
    private final ProcessedJobs processed;
    private final RouteClaims claims;

    CloseCaseWorker(CaseService cases, ProcessedJobs processed, RouteClaims claims) {
        this.cases = cases;
        this.processed = processed;
        this.claims = claims;
    }

    /**
     * Writes once per job key, so a job delivered again after a lost completion changes nothing. Returns false for a
     * job of an instance that is not the route (withdrawn, not to be completed).
     */
    @Transactional
    public boolean handle(ActivatedJob job) {
        if (!claims.jobBelongsToRoute(job)) {
            return false;
        }
        if (processed.firstTime(job.getKey())) {
            Object route = job.getVariablesAsMap().get(RouteStarter.ROUTE_ID);
            cases.close(((Number) job.getVariablesAsMap().get("caseId")).longValue(),
                    route instanceof Number n ? n.longValue() : null);
        }
        return true;
    }
}
