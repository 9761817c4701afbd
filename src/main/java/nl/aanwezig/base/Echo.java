package nl.aanwezig.base;

/**
 * A value the user sent, as a message may repeat it: at most {@value #MAX_CHARS} characters, then an ellipsis.
 * A message that echoes a whole field sends a 50 MB field straight back (and into logs and the screen).
 */
public final class Echo {

    public static final int MAX_CHARS = 40;

    private Echo() {
    }

    /** {@code value}, cut after {@link #MAX_CHARS} characters (never inside a surrogate pair); "" for null. */
    public static String of(String value) {
        return of(value, MAX_CHARS);
    }

    /** {@code value}, cut after {@code maxChars} characters: for a library's message that may quote the file. */
    public static String of(String value, int maxChars) {
        if (value == null) {
            return "";
        }
        if (value.length() <= maxChars || value.codePointCount(0, value.length()) <= maxChars) {
            return value;
        }
        return value.substring(0, value.offsetByCodePoints(0, maxChars)) + "…";
    }
}
