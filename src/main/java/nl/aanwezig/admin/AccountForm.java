package nl.aanwezig.admin;

/**
 * A staff account as the admin enters it; text as typed, checked by {@link AccountAdmin}.
 *
 * @param role     MENTOR, OC, LEERPLICHT, JEUGDARTS, SWV or ADMIN
 * @param school   BRIN of the school, for a mentor or OC only
 * @param region   name of the region (SWV) a leerplicht, jeugdarts or SWV account is scoped to, optional
 * @param password empty: a one-time password is generated and shown once
 * @param organisation the real organisation a chain partner works for (required for a new partner account)
 */
public record AccountForm(String username, String displayName, String role, String school, String region,
                          String password, String organisation) {

    /** Without an organisation (school staff, the admin). */
    public AccountForm(String username, String displayName, String role, String school, String region, String password) {
        this(username, displayName, role, school, region, password, null);
    }

    /** Never the password in a log line or a test failure. */
    @Override
    public String toString() {
        return "AccountForm[username=" + username + ", role=" + role + ", school=" + school + ", region=" + region + ", organisation="
                + organisation + "]";
    }
}
