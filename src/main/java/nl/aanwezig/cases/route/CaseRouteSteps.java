package nl.aanwezig.cases.route;

import java.util.Map;
import nl.aanwezig.cases.CaseFigures;
import nl.aanwezig.cases.CaseService;
import nl.aanwezig.cases.CaseStage;
import nl.aanwezig.workflow.LegeStoelProcess;
import nl.aanwezig.workflow.RouteStep;
import nl.aanwezig.workflow.Tier3Process;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service steps of the case's routes, thin: read the job, call the case module, hand back what changed. */
@Configuration(proxyBeanMethods = false)
class CaseRouteSteps {

    /** "Fase: ...": the model owns the case's stage; the step's header names it. */
    @Bean
    RouteStep caseStageStep(CaseService cases) {
        return RouteStep.writing(Tier3Process.JOB_STAGE, job -> {
            cases.moveStage(job.caseId(), CaseStage.valueOf(job.header("stage")));
            return Map.of();
        });
    }

    /** "Cijfers en trend ophalen": the figures the next decision and form look at. */
    @Bean
    RouteStep caseFiguresStep(CaseFigures figures) {
        return RouteStep.reading(Tier3Process.JOB_FIGURES, job -> figures.snapshot(job.caseId()));
    }

    /** "Tier-3 route starten": the case gets its tier-3 route, unless it has one. */
    @Bean
    RouteStep startTier3Step(CaseRoutes routes) {
        // the empty chair's route and the band review both name this step (their catalogues say so)
        return RouteStep.writing(LegeStoelProcess.JOB_START_TIER3, job -> {
            routes.startTier3(job.caseId(), job.longVariable("pupilId"), job.longVariable("schoolId"));
            return Map.of();
        });
    }

    /** "Casus sluiten": the route ended resolved; every other route of the case ends with it. */
    @Bean
    RouteStep closeCaseStep(CaseService cases) {
        return RouteStep.writing(LegeStoelProcess.JOB_CLOSE_CASE, job -> {
            cases.close(job.caseId(), job.routeId());
            return Map.of();
        });
    }
}
