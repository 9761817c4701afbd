package nl.aanwezig.cases;

/** Where a case stands on the route. */
public enum CaseStage {
    /** Opened by a signal other than an empty chair (M@ZL, DUO, band); the OC decides the next step. */
    SIGNALLED,
    /** The mentor is to contact pupil and parents. */
    MENTOR_CONTACT,
    /** Conversation held; the mentor keeps watching until the follow-up. */
    WATCHING,
    /** Referred to the school's ondersteuningscoördinator. */
    REFERRED,
    /** The school attendance team (SAT) analyses the case and decides between yellow monitoring and the orange plan. */
    SAT_ANALYSIS,
    /** Targeted intervention, goals unchanged, reviewed on a date. */
    YELLOW_MONITORING,
    /** The orange plan "patronen doorbreken": a regievoerder, one integrated plan, an evaluation every few weeks. */
    ORANGE_PLAN,
    /** The red care-education arrangement (onderwijszorgarrangement); it ends only by a decision. */
    RED_ARRANGEMENT,
    CLOSED
}
