package nl.aanwezig.base;

/**
 * Why the app cannot start, in Dutch and English for the operator who reads the log: the start stops with it, and
 * the process exits with a non-zero status ({@code AanwezigApplication}).
 */
public class StartFailure extends IllegalStateException {

    public StartFailure(String dutch, String english, Throwable cause) {
        super(dutch + " / " + english, cause);
    }

    /** The first start failure in a chain of causes, else the deepest cause: what an operator needs to read. */
    public static String reason(Throwable e) {
        Throwable deepest = e;
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof StartFailure) {
                return t.getMessage();
            }
            deepest = t;
        }
        return deepest.toString();
    }
}
