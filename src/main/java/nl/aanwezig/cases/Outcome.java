package nl.aanwezig.cases;

/** What the mentor concludes after a conversation; routes the process. */
public enum Outcome {
    RESOLVED, WATCH, REFER
}
