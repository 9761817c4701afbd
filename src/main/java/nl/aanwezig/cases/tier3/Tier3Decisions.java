package nl.aanwezig.cases.tier3;

/** The decisions of the tier-3 route's forms; the route's gateways read their names. */
public final class Tier3Decisions {

    private Tier3Decisions() {
    }

    /** What the SAT analysis decides (the decision table advises one of them). */
    public enum Sat { YELLOW, ORANGE }

    /** The review of yellow monitoring. */
    public enum Review { RESTORED, CONTINUE, ORANGE }

    /** An evaluation of the orange plan. */
    public enum Evaluation { CONTINUE, STEP_DOWN, ESCALATE, RESTORED }

    /** An evaluation of the red arrangement: it ends only by a decision. */
    public enum Arrangement { CONTINUE, BACK_TO_ORANGE, CLOSE }

    /** The three domains of the integrated plan: home, education, care. */
    public enum GoalDomain { HOME, EDUCATION, CARE }

    /** How a goal went since the last evaluation. */
    public enum Progress { ACHIEVED, PARTLY, NOT_ACHIEVED }

    /** Who funds a care-education arrangement. */
    public enum Funder { SWV, GEMEENTE, SWV_EN_GEMEENTE }

    /** The five groups of factors of the SAT analysis. */
    public enum FactorGroup { ENVIRONMENT, FAMILY, PARENT, PARENT_CHILD, CHILD }
}
