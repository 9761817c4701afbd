package nl.aanwezig.cases.conversation;

/** What the mentor concludes after a conversation; routes the process. */
public enum Outcome {
    RESOLVED, WATCH, REFER
}
