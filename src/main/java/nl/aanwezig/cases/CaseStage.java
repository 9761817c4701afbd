package nl.aanwezig.cases;

/** Where a case stands on the route. */
public enum CaseStage {
    /** The mentor is to contact pupil and parents. */
    MENTOR_CONTACT,
    /** Conversation held; the mentor keeps watching until the follow-up. */
    WATCHING,
    /** Referred to the school's ondersteuningscoördinator. */
    REFERRED,
    /** The OC took it up for SAT analysis / casusoverleg. */
    ANALYSIS,
    CLOSED
}
