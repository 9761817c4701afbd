package nl.aanwezig.security;

import java.util.Locale;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Maps a login at the OpenID Connect provider onto an account of this app by one claim (see {@link SingleSignOn}).
 * Nobody gets in without an enabled account here: the provider says who someone is, this app what they may do.
 * Each outcome is audited like a password login.
 */
class OidcAccountMapping implements OAuth2UserService<OidcUserRequest, OidcUser> {

    static final String NO_ACCOUNT = "no_account";

    private final OidcUserService provider = new OidcUserService();
    private final String claim;
    private final StaffAccounts accounts;
    private final AuditLog audit;
    private final TransactionTemplate tx;

    OidcAccountMapping(String claim, StaffAccounts accounts, AuditLog audit, TransactionTemplate tx) {
        this.claim = claim;
        this.accounts = accounts;
        this.audit = audit;
        this.tx = tx;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = provider.loadUser(request);
        Object value = user.getClaims().get(claim);
        String username = value == null ? "" : value.toString().trim().toLowerCase(Locale.ROOT);
        StaffAccount account = username.isEmpty() ? null
                : tx.execute(status -> accounts.findById(username).filter(StaffAccount::enabled).orElse(null));
        if (account == null) {
            audit.recordByName(username.isEmpty() ? null : username, null, AuditLog.LOGIN_FAILED, false,
                    "single sign-on: geen (actief) account voor " + claim + " van " + user.getSubject());
            throw new OAuth2AuthenticationException(new OAuth2Error(NO_ACCOUNT, "no enabled account for this login", null));
        }
        audit.recordByName(account.username(), account.role(), AuditLog.LOGIN, true, "single sign-on");
        return new StaffOidcUser(account, user.getIdToken(), user.getUserInfo());
    }
}
