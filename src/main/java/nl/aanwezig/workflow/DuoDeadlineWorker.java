package nl.aanwezig.workflow;

import io.camunda.client.api.response.ActivatedJob;
import java.util.Map;
import nl.aanwezig.legal.duo.DuoDeadlines;
import org.springframework.stereotype.Component;

/** The DUO route's deadline steps, thin: the header says which; the legal module records it once per report. */
@Component
class DuoDeadlineWorker {

    private final DuoDeadlines deadlines;
    private final RouteClaims claims;

    DuoDeadlineWorker(DuoDeadlines deadlines, RouteClaims claims) {
        this.deadlines = deadlines;
        this.claims = claims;
    }

    Map<String, Object> handle(ActivatedJob job) {
        if (!claims.jobBelongsToRoute(job)) {
            return null;
        }
        long caseId = ((Number) job.getVariablesAsMap().get("caseId")).longValue();
        if ("escalate".equals(job.getCustomHeaders().get("step"))) {
            deadlines.escalate(caseId);
        } else {
            deadlines.remind(caseId);
        }
        return Map.of();
    }
}
