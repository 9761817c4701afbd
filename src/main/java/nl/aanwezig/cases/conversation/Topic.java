package nl.aanwezig.cases.conversation;


/** Conversation topics from the route: what may lie behind the empty chair. */
public enum Topic {
    SLEEP, SOCIAL, FREE_TIME, SCREEN, SCHOOL, FAMILY
}
