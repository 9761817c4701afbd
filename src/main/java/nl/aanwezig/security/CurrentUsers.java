package nl.aanwezig.security;

import java.util.Optional;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Looks up who is acting in the current request. */
@Component
public class CurrentUsers {

    private final StaffAccounts accounts;

    CurrentUsers(StaffAccounts accounts) {
        this.accounts = accounts;
    }

    public Optional<CurrentUser> find() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated()) {
            return Optional.empty();
        }
        if (auth.getPrincipal() instanceof StaffPrincipal principal) {
            return Optional.of(principal.current());
        }
        if (auth.getPrincipal() instanceof StaffOidcUser sso) {
            return Optional.of(sso.current());
        }
        // test users and other authentication types: resolve by name
        return accounts.findById(auth.getName())
                .map(a -> new CurrentUser(a.username(), a.displayName(), a.role(), a.schoolId()));
    }

    /** The acting user; fails closed when nobody is logged in. */
    public CurrentUser require() {
        return find().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("not logged in"));
    }
}
