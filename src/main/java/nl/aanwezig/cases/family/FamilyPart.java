package nl.aanwezig.cases.family;

import java.util.EnumSet;
import java.util.Set;

/**
 * The parts of a child's case the family pages show. Never among them: the SAT's hypotheses, the mentor's
 * conversation notes, partners' notes, medical notes and anything about another pupil.
 */
public enum FamilyPart {
    /** The weekly attendance summary: facts every parent keeps seeing, whatever a pupil of 16 decides. */
    ATTENDANCE,
    /** The plan's action part, the regievoerder, the next evaluation and the agreement to the plan. */
    PLAN,
    /** Outcomes of past evaluations and of the chain review. */
    OUTCOMES,
    /** The views the pupil gave. */
    VIEWS,
    /** With whom the case is shared, on what ground. */
    SHARING,
    /** Who opened the dossier. */
    ACCESS_LOG;

    /** What a pupil of 16 or older may keep from their parents: everything but the attendance facts. */
    public static Set<FamilyPart> choosable() {
        return EnumSet.complementOf(EnumSet.of(ATTENDANCE));
    }
}
