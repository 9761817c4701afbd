package nl.aanwezig.security;

import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The authenticated principal; keeps the account facts so no query is needed per request. */
class StaffPrincipal extends User {

    private final CurrentUser current;
    private final boolean mustChangePassword;

    StaffPrincipal(StaffAccount account) {
        super(account.username(), account.passwordHash(), account.enabled(), true, true, true,
                List.of(new SimpleGrantedAuthority("ROLE_" + account.role().name())));
        this.current = new CurrentUser(account.username(), account.displayName(), account.role(), account.schoolId());
        this.mustChangePassword = account.mustChangePassword();
    }

    /** As it was at login: the API (stateless) loads it per request; the screens ask {@link PasswordChanges}. */
    boolean mustChangePassword() {
        return mustChangePassword;
    }

    CurrentUser current() {
        return current;
    }
}
