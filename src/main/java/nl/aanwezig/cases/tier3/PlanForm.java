package nl.aanwezig.cases.tier3;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.aanwezig.base.UserFacingException.Message;
import nl.aanwezig.cases.tier3.Tier3Decisions.GoalDomain;

/**
 * The integrated plan "patronen doorbreken": goals for home, education and care (each concrete and measurable, with a
 * target attendance), adapted education, interventions with owner, start and duration, what pupil and parents want
 * and agreed to, and how often it is evaluated (1 to 12 weeks, default 6).
 */
public record PlanForm(LocalDate startsOn, int evaluationWeeks, List<Goal> goals, String adaptedEducation,
                       List<Intervention> interventions, String pupilWish, String parentsWish, String agreed,
                       LocalDate parentsAgreedOn) {

    public static final int DEFAULT_WEEKS = 6;
    static final int MAX_TEXT = 4000;

    public PlanForm {
        goals = goals == null ? List.of() : List.copyOf(goals);
        interventions = interventions == null ? List.of() : List.copyOf(interventions);
    }

    /** A goal; {@code id} is null for a new one. */
    public record Goal(Long id, GoalDomain domain, String description, String measure, BigDecimal targetPct) {
    }

    /** An intervention; {@code ownerUsername} is set when the owner has an account (it shows in their screens). */
    public record Intervention(String description, String owner, String ownerUsername, LocalDate startsOn,
                               int durationWeeks) {
    }

    List<Message> validate(LocalDate today) {
        List<Message> errors = new ArrayList<>();
        if (startsOn == null) {
            errors.add(new Message("tier3.error.startsOn.required"));
        } else if (startsOn.isBefore(today.minusWeeks(4)) || startsOn.isAfter(today.plusWeeks(4))) {
            errors.add(new Message("tier3.error.startsOn.range"));
        }
        if (evaluationWeeks < 1 || evaluationWeeks > 12) {
            errors.add(new Message("tier3.error.evaluationWeeks.range"));
        }
        validateGoals(errors);
        for (Intervention i : interventions) {
            if (Texts.blank(i.description()) || Texts.blank(i.owner()) || i.startsOn() == null) {
                errors.add(new Message("tier3.error.interventions.incomplete"));
                break;
            }
            if (i.durationWeeks() < 1 || i.durationWeeks() > 52) {
                errors.add(new Message("tier3.error.interventions.duration"));
                break;
            }
        }
        if (interventions.isEmpty()) {
            errors.add(new Message("tier3.error.interventions.required"));
        }
        Texts.required(errors, pupilWish, "pupilWish");
        Texts.required(errors, parentsWish, "parentsWish");
        if (!Texts.blank(agreed) && parentsAgreedOn == null) {
            errors.add(new Message("tier3.error.parentsAgreedOn.required"));
        }
        if (parentsAgreedOn != null && parentsAgreedOn.isAfter(today)) {
            errors.add(new Message("tier3.error.parentsAgreedOn.future"));
        }
        Texts.max(errors, MAX_TEXT, "plan", adaptedEducation, pupilWish, parentsWish, agreed);
        return errors;
    }

    private void validateGoals(List<Message> errors) {
        if (goals.isEmpty()) {
            errors.add(new Message("tier3.error.goals.required"));
            return;
        }
        for (Goal g : goals) {
            if (g.domain() == null || Texts.blank(g.description()) || Texts.blank(g.measure())) {
                errors.add(new Message("tier3.error.goals.incomplete"));
                return;
            }
            if (g.targetPct() == null || g.targetPct().signum() < 0 || g.targetPct().compareTo(BigDecimal.valueOf(100)) > 0) {
                errors.add(new Message("tier3.error.goals.target"));
                return;
            }
            Texts.max(errors, MAX_TEXT, "goals", g.description(), g.measure());
        }
    }
}
