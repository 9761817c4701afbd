package nl.aanwezig.review;

/** Why a case is suggested for the casusoverleg's agenda; the message key is {@code meeting.reason.<name>}. */
public enum Reason {
    /** Reached the orange plan since the school's previous meeting. */
    NEW_ORANGE,
    /** Reached the red arrangement since the school's previous meeting. */
    NEW_RED,
    /** The plan's or arrangement's evaluation falls before the week after the meeting. */
    EVALUATION_DUE,
    /** The evaluation date has passed without an evaluation. */
    EVALUATION_OVERDUE,
    /** The last four weeks' attendance is clearly below the four weeks before. */
    TREND_WORSENING,
    /** The school year's attendance is below the red cut-off while the case is not in the red arrangement. */
    BELOW_RED;

    public String messageKey() {
        return "meeting.reason." + name();
    }
}
