package nl.aanwezig.cases.tasks;

/** What the ondersteuningscoördinator decides on a referral or an overdue mentor task. */
public enum OcDecision {
    /** Take the case into SAT analysis / casusoverleg. */
    ANALYSIS,
    /** Followed up; the route goes on as it was. */
    FOLLOWED_UP,
    /** No further care needed. */
    CLOSE,
    /** The absence report was made in DUO's register. */
    REPORTED,
    /** The jeugdarts gave the advice. */
    ADVISED
}
