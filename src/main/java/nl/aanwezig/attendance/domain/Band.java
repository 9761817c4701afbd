package nl.aanwezig.attendance.domain;

/** Attendance band of the Piramide van Aanwezigheid (MD-MTSS tiers), from best to worst. */
public enum Band {
    /** Universal prevention. */
    GREEN,
    /** Mentor observes; targeted interventions. */
    YELLOW,
    /** Breaking patterns: integrated plan with a regievoerder. */
    ORANGE,
    /** Care-education arrangement. */
    RED
}
