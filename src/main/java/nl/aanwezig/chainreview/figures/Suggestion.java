package nl.aanwezig.chainreview.figures;

/**
 * A possible rode-draad theme the data shows, for the chair to take up (ReviewActions.addTheme) or leave.
 *
 * @param kind  what it is about
 * @param count its number: cases for {@link Kind#SAT_FACTOR}, {@link Kind#NO_PLAN} and
 *              {@link Kind#REGIEVOERDER_CHANGES}; hours of unauthorised absence for the weekday, class and level
 * @param text  one short Dutch sentence, with the count in it
 */
public record Suggestion(Kind kind, int count, String text) {

    public enum Kind { SAT_FACTOR, WEEKDAY, CLASS, LEVEL, NO_PLAN, REGIEVOERDER_CHANGES }
}
