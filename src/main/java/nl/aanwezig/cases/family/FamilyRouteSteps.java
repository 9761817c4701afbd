package nl.aanwezig.cases.family;

import java.time.LocalDate;
import java.util.Map;
import nl.aanwezig.workflow.FamilyProcess;
import nl.aanwezig.workflow.RouteStep;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The steps of the tier-3 route that ask the family, thin: the model decides when (before every evaluation, after
 * the plan is drawn); the step writes the request once per route, element and date, and never waits for an answer.
 */
@Configuration(proxyBeanMethods = false)
class FamilyRouteSteps {

    /** "Stem van leerling en ouders vragen": before the evaluation on {@code dueVariable} (a header; the date). */
    @Bean
    RouteStep askFamilyViewStep(FamilyRequests requests) {
        return RouteStep.writing(FamilyProcess.JOB_ASK_VIEW, job -> {
            String dueVariable = job.header("dueVariable");
            Object due = dueVariable == null ? null : job.variables().get(dueVariable);
            LocalDate dueOn = due == null ? null : LocalDate.parse(due.toString().substring(0, 10));
            FamilyRequests.Occasion occasion = FamilyRequests.Occasion.valueOf(job.header("occasion"));
            requests.ask(job.caseId(), FamilyRequests.Kind.VIEW, occasion, dueOn,
                    "view:" + job.caseId() + ":" + job.elementId() + ":" + dueOn);
            return Map.of();
        });
    }

    /** "Instemming gezin met het plan vragen": after the plan is drawn (its digest tells whether it changed). */
    @Bean
    RouteStep askFamilyAgreementStep(FamilyRequests requests) {
        return RouteStep.writing(FamilyProcess.JOB_ASK_AGREEMENT, job -> {
            requests.ask(job.caseId(), FamilyRequests.Kind.AGREEMENT, FamilyRequests.Occasion.PLAN, null,
                    "agreement:" + job.caseId() + ":" + job.key());
            return Map.of();
        });
    }
}
