package nl.aanwezig.cases.tier3;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.aanwezig.base.UserFacingException.Message;
import nl.aanwezig.cases.tier3.Tier3Decisions.Progress;

/**
 * An evaluation of the orange plan or the red arrangement: how each goal went (progress and a note, required for every
 * goal), an overall note, and the decision; {@code reviewOn} when stepping down to yellow monitoring.
 */
public record EvaluationForm(Map<Long, GoalNote> goals, String note, String decision, LocalDate reviewOn) {

    static final int MAX_TEXT = 4000;

    public EvaluationForm {
        goals = goals == null ? Map.of() : Map.copyOf(goals);
    }

    /** How one goal went. */
    public record GoalNote(Progress progress, String note) {
    }

    List<Message> validate(Set<Long> goalIds, Set<String> decisions, boolean needsReview, LocalDate today) {
        List<Message> errors = new ArrayList<>();
        if (decision == null || !decisions.contains(decision)) {
            errors.add(new Message("tier3.error.decision.required"));
        }
        for (Long id : goalIds) {
            GoalNote g = goals.get(id);
            if (g == null || g.progress() == null || Texts.blank(g.note())) {
                errors.add(new Message("tier3.error.goalNotes.required"));
                break;
            }
            Texts.max(errors, MAX_TEXT, "goalNotes", g.note());
        }
        Texts.required(errors, note, "note");
        Texts.max(errors, MAX_TEXT, "note", note);
        if (needsReview) {
            Texts.futureDate(errors, reviewOn, today, SatAnalysisForm.MAX_REVIEW_WEEKS, "reviewOn");
        }
        return errors;
    }
}
