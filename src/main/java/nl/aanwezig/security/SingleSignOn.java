package nl.aanwezig.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Optional single sign-on by OpenID Connect (Entree, SURFconext, a municipality's Keycloak): on when an issuer is
 * configured ({@code AANWEZIG_OIDC_ISSUER}). A login there maps onto an existing account of this app by one claim
 * of the ID token ({@code AANWEZIG_OIDC_USERNAME_CLAIM}, {@code preferred_username} unless set, or e.g.
 * {@code email}); its value is the account's username, so role and school stay this app's.
 */
@Component
public class SingleSignOn {

    /** Spring Security's path that starts the login at the provider for the registration {@value #REGISTRATION}. */
    public static final String REGISTRATION = "oidc";
    public static final String LOGIN_PATH = "/oauth2/authorization/" + REGISTRATION;

    private final String issuer;
    private final String name;

    SingleSignOn(@Value("${aanwezig.oidc.issuer:}") String issuer, @Value("${aanwezig.oidc.name:}") String name) {
        this.issuer = issuer.trim();
        this.name = name.isBlank() ? "single sign-on" : name.trim();
    }

    public boolean enabled() {
        return !issuer.isEmpty();
    }

    /** How the login screen names the provider ("Inloggen met ..."). */
    public String providerName() {
        return name;
    }
}
