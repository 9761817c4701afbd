package nl.aanwezig.legal.duo;

import java.util.Map;
import nl.aanwezig.workflow.DuoProcess;
import nl.aanwezig.workflow.RouteStep;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The DUO route's deadline steps, thin: the model's header says which; the report records it once. */
@Configuration(proxyBeanMethods = false)
class DuoRouteSteps {

    @Bean
    RouteStep duoDeadlineStep(DuoDeadlines deadlines) {
        return RouteStep.writing(DuoProcess.JOB_DEADLINE, job -> {
            if ("escalate".equals(job.header("step"))) {
                deadlines.escalate(job.caseId());
                return Map.of(DuoProcess.VAR_ESCALATION_GROUP, deadlines.escalationGroup(job.caseId()));
            } else {
                deadlines.remind(job.caseId());
            }
            return Map.of();
        });
    }
}
