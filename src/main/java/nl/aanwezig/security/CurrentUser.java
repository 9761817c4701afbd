package nl.aanwezig.security;

/** Who is acting: the facts every access decision needs. */
public record CurrentUser(String username, String displayName, Role role, Long schoolId) {

    /** The process engine and start-up jobs act as this user; it never logs in. */
    public static final CurrentUser SYSTEM = new CurrentUser("systeem", "Systeem", null, null);

    public boolean is(Role other) {
        return role == other;
    }
}
