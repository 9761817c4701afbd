package nl.aanwezig.cases.family;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.aanwezig.cases.sharing.SharedPlan;

/**
 * What a family member sees of a child: the plan (null without one or when a pupil of 16 keeps it from the parents),
 * who coordinates and how to reach them, the next evaluation, past outcomes, a weekly attendance summary and what
 * the route asks of them now.
 */
public record ChildPage(long pupilId, String firstName, String schoolName, int age, FamilyKind viewerKind,
                        boolean parentalAuthority, boolean caseOpen, String stage, SharedPlan plan,
                        Coordinator regievoerder, LocalDate nextEvaluation, List<Outcome> outcomes, List<Week> weeks,
                        List<FamilyRequests.Request> openRequests, FamilyAgreements.Status agreement,
                        Set<FamilyPart> parts, boolean mayAgree, boolean choosesForParents,
                        Set<FamilyPart> parentsSee, List<FamilyViews.Voice> views) {

    /** The regievoerder (or, before one is appointed, the school's contact person). */
    public record Coordinator(String name, String organisation, String contact) {
    }

    /** An outcome the family is told: an evaluation's decision, a chain review that discussed the child. */
    public record Outcome(LocalDate on, String what) {
    }

    /** One week of lessons: how many the child attended, of how many; the current week is not finished yet. */
    public record Week(LocalDate monday, int isoWeek, int present, int lessons, boolean current) {
    }

    public boolean sees(FamilyPart part) {
        return parts.contains(part);
    }
}
