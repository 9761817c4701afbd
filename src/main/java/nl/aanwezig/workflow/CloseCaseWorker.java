package nl.aanwezig.workflow;

import io.camunda.zeebe.client.api.response.ActivatedJob;
import nl.aanwezig.cases.CaseService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Closes the case when the route ends resolved. Thin: reads the case id, calls the case module. */
@Component
class CloseCaseWorker {

    private final CaseService cases;
    private final ProcessedJobs processed;

    CloseCaseWorker(CaseService cases, ProcessedJobs processed) {
        this.cases = cases;
        this.processed = processed;
    }

    /** Writes once per job key, so a job delivered again after a lost completion changes nothing. */
    @Transactional
    public void handle(ActivatedJob job) {
        if (processed.firstTime(job.getKey())) {
            cases.close(((Number) job.getVariablesAsMap().get("caseId")).longValue());
        }
    }
}
