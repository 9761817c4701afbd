package nl.aanwezig.cases.tier3;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.aanwezig.cases.CaseStage;

/**
 * The tier-3 part of a pupil's open case, as the pupil page, the plan editor and the API show it: stage, regievoerder,
 * the current plan with its goals and interventions, the arrangement, the SAT analyses and the evaluations.
 */
public record CasePlan(long caseId, long pupilId, String leerling, CaseStage stage, String regievoerder,
                       String regievoerderName, Instant openedAt, Plan plan, Arrangement arrangement,
                       List<SatAnalysisView> analyses, List<EvaluationView> evaluations) {

    /** The plan "patronen doorbreken" (the latest; {@code active} false once it ended). */
    public record Plan(long id, long version, boolean active, LocalDate startedOn, int evaluationWeeks,
                       LocalDate nextEvaluation, List<Goal> goals, String adaptedEducation,
                       List<Intervention> interventions, String pupilWish, String parentsWish, String agreed,
                       LocalDate parentsAgreedOn, String updatedBy, Instant updatedAt) {
    }

    public record Goal(long id, String domain, String description, String measure, BigDecimal targetPct) {
    }

    public record Intervention(String description, String owner, String ownerUsername, LocalDate startsOn,
                               int durationWeeks) {
    }

    /** The red care-education arrangement (the latest). */
    public record Arrangement(long id, boolean active, String careProvider, String educationWhere,
                              BigDecimal educationHours, LocalDate startsOn, LocalDate endsOn, String fundedBy,
                              int evaluationWeeks, LocalDate nextEvaluation, String endDecision) {
    }

    /** The next evaluation of whatever runs: the arrangement's while red, else the plan's. */
    public LocalDate nextEvaluation() {
        if (arrangement != null && arrangement.active()) {
            return arrangement.nextEvaluation();
        }
        return plan != null && plan.active() ? plan.nextEvaluation() : null;
    }
}
