package nl.aanwezig.admin;

import java.util.Locale;
import java.util.regex.Pattern;
import nl.aanwezig.base.Echo;
import nl.aanwezig.school.School;
import nl.aanwezig.school.Schools;
import nl.aanwezig.security.PasswordPolicy;
import nl.aanwezig.security.Role;
import org.springframework.stereotype.Component;

/**
 * The rules of an account, shared by the form, the API and the CSV import: a mentor or OC belongs to one school,
 * a leerplicht, jeugdarts or SWV account to no school (optionally to a region), an admin to neither.
 */
@Component
class AccountRules {

    /** Lower case (the login lower-cases what is typed), letters, digits and . _ @ -. */
    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{1,63}");
    static final int MAX_DISPLAY_NAME = 200;

    private final Schools schools;
    private final PasswordPolicy policy;
    private final PlaceNames places;

    AccountRules(Schools schools, PasswordPolicy policy, PlaceNames places) {
        this.schools = schools;
        this.policy = policy;
        this.places = places;
    }

    /**
     * An account's checked values.
     *
     * @param region   name of an existing region (the admin creates regions; an unknown one is a problem)
     * @param password the chosen or generated password; {@code generated} says which
     */
    record Resolved(String username, String displayName, Role role, School school, String region, String password,
                    boolean generated, String organisation) {

        @Override
        public String toString() {
            return "Resolved[" + username + "]";
        }
    }

    /**
     * A chain partner's real organisation: required when the account is made (an invitation names it), optional when
     * it is changed (an account made before keeps what it had); none for school staff or the admin.
     */
    private static String organisation(Role role, String typed, boolean creating, Problems problems) {
        if (!partner(role)) {
            return null;
        }
        String organisation = problems.optional("organisation", typed, MAX_ORGANISATION);
        if (organisation == null && creating) {
            problems.add("organisation", "p3.admin.organisation.required");
        }
        return organisation;
    }

    static final int MAX_ORGANISATION = 200;

    /** A chain partner: leerplicht, jeugdarts, SWV, coach (not school staff, the admin or a family member). */
    static boolean partner(Role role) {
        return role == Role.LEERPLICHT || role == Role.JEUGDARTS || role == Role.SWV || role == Role.COACH;
    }

    /** Checks a form; every problem goes into {@code problems}. The password only when {@code withPassword}. */
    Resolved resolve(AccountForm form, boolean withPassword, Problems problems) {
        String username = username(form.username(), problems);
        String displayName = problems.required("displayName", form.displayName(), MAX_DISPLAY_NAME);
        Role role = role(form.role(), problems);
        School school = school(role, Problems.clean(form.school()), problems);
        String region = problems.optional("region", form.region(), PlaceAdmin.MAX_NAME);
        if (region != null && role != null && (role.schoolBound() || role == Role.ADMIN)) {
            problems.add("region", "admin.account.error.regionNotForRole", label(role));
        } else if (region != null && region.length() <= PlaceAdmin.MAX_NAME) {
            places.checkRegion("region", region, problems);
        }
        String organisation = organisation(role, form.organisation(), withPassword, problems);
        if (!withPassword) {
            return new Resolved(username, displayName, role, school, region, null, false, organisation);
        }
        String password = form.password();
        if (password == null || password.isBlank()) {
            return new Resolved(username, displayName, role, school, region, OneTimePasswords.generate(), true,
                    organisation);
        }
        passwordProblems(username, password, displayName, school).forEach(key -> problems.add("password", key, PasswordPolicy.argument(key)));
        return new Resolved(username, displayName, role, school, region, password, false, organisation);
    }

    /**
     * Message keys of the password policy's objections; empty when the password is acceptable. The account's name
     * and school's name are words a password may not be built on.
     */
    java.util.List<String> passwordProblems(String username, String password, String displayName, School school) {
        return policy.problems(username, password, java.util.Arrays.asList(displayName, school == null ? null : school.name()));
    }

    static String username(String value, Problems problems) {
        String clean = Problems.clean(value);
        if (clean == null) {
            problems.add("username", "admin.error.required");
            return null;
        }
        clean = clean.toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(clean).matches()) {
            problems.add("username", "admin.account.error.username", Echo.of(clean));
        }
        return clean;
    }

    private static Role role(String value, Problems problems) {
        String clean = Problems.clean(value);
        for (Role role : Role.staff()) {
            if (role.name().equalsIgnoreCase(clean)) {
                return role;
            }
        }
        problems.add("role", clean == null ? "admin.error.required" : "admin.account.error.role", Echo.of(clean));
        return null;
    }

    private School school(Role role, String brin, Problems problems) {
        if (role == null) {
            return null;
        }
        if (!role.schoolBound()) {
            if (brin != null) {
                problems.add("school", "admin.account.error.schoolNotForRole", label(role));
            }
            return null;
        }
        if (brin == null) {
            problems.add("school", "admin.account.error.schoolRequired", label(role));
            return null;
        }
        String upper = brin.toUpperCase(Locale.ROOT);
        School school = schools.findByBrin(upper).orElse(null);
        if (school == null) {
            problems.add("school", "admin.account.error.unknownSchool", Echo.of(upper));
        }
        return school;
    }

    private static String label(Role role) {
        return nl.aanwezig.base.Messages.nl("admin.role." + role.name());
    }
}
