package nl.aanwezig.security;

import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/**
 * A single sign-on login mapped onto a staff account: named by the account's username and with its role, so
 * everything after the login (access, audit) is the same as after a password login.
 */
class StaffOidcUser extends DefaultOidcUser {

    private final CurrentUser current;

    StaffOidcUser(StaffAccount account, OidcIdToken idToken, OidcUserInfo userInfo) {
        super(List.of(new SimpleGrantedAuthority("ROLE_" + account.role().name())), idToken, userInfo);
        this.current = new CurrentUser(account.username(), account.displayName(), account.role(), account.schoolId());
    }

    @Override
    public String getName() {
        return current.username();
    }

    CurrentUser current() {
        return current;
    }
}
