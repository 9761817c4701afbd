package nl.aanwezig.workflow;

import io.camunda.client.api.response.ActivatedJob;
import java.util.Map;
import nl.aanwezig.cases.CaseFigures;
import nl.aanwezig.cases.CaseService;
import nl.aanwezig.cases.CaseStage;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tier-3 route's service steps, thin: read the job, call the case module, hand back what changed. Each writes once
 * per job key, so a redelivered job changes nothing; each refuses (returns null) a job of an instance that is not the
 * route.
 */
@Component
class RouteStepWorkers {

    private final CaseService cases;
    private final CaseFigures figures;
    private final ProcessedJobs processed;
    private final RouteClaims claims;
    private final RouteStarter starter;

    RouteStepWorkers(CaseService cases, CaseFigures figures, ProcessedJobs processed, RouteClaims claims,
                     RouteStarter starter) {
        this.cases = cases;
        this.figures = figures;
        this.processed = processed;
        this.claims = claims;
        this.starter = starter;
    }

    /** "Fase: ..." steps: the model owns the case's stage; the header names it. */
    @Transactional
    public Map<String, Object> stage(ActivatedJob job) {
        if (!claims.jobBelongsToRoute(job)) {
            return null;
        }
        if (processed.firstTime(job.getKey())) {
            cases.moveStage(caseId(job), CaseStage.valueOf(job.getCustomHeaders().get("stage")));
        }
        return Map.of();
    }

    /** "Cijfers en trend ophalen": the figures the next decision and form look at. Reads only, so no job record. */
    public Map<String, Object> figures(ActivatedJob job) {
        if (!claims.jobBelongsToRoute(job)) {
            return null;
        }
        return figures.snapshot(caseId(job));
    }

    /** "Tier-3 route starten": the case gets its tier-3 route, unless it has one. */
    @Transactional
    public Map<String, Object> startTier3(ActivatedJob job) {
        if (!claims.jobBelongsToRoute(job)) {
            return null;
        }
        if (processed.firstTime(job.getKey())) {
            Map<String, Object> vars = job.getVariablesAsMap();
            starter.startTier3(caseId(job), ((Number) vars.get("pupilId")).longValue(),
                    ((Number) vars.get("schoolId")).longValue());
        }
        return Map.of();
    }

    private static long caseId(ActivatedJob job) {
        return ((Number) job.getVariablesAsMap().get("caseId")).longValue();
    }
}
