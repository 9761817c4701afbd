package nl.aanwezig.cases.tier3;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** An evaluation as recorded, with the attendance it looked at and how each goal went. */
public record EvaluationView(long id, LocalDate heldOn, LocalDate scheduledOn, String decision, String note,
                             BigDecimal pctSinceStart, BigDecimal pctSinceLast, LocalDate nextEvaluation, String by,
                             boolean ofPlan, List<GoalNoteView> goals) {

    /** One goal's progress at this evaluation. */
    public record GoalNoteView(long goalId, String goal, String progress, String note) {
    }
}
