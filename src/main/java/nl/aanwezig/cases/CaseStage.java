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
    /** The OC took it up for SAT analysis / casusoverleg. */
    ANALYSIS,
    CLOSED
}
