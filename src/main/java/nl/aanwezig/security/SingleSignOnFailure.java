package nl.aanwezig.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * A failed single sign-on goes back to the login screen with a Dutch message. A login without an account here
 * is audited by {@link OidcAccountMapping}; any other failure (the provider's answer, a token that does not
 * verify) is audited here and logged, since it usually means a configuration to fix.
 */
public class SingleSignOnFailure extends SimpleUrlAuthenticationFailureHandler {

    private static final Logger log = LoggerFactory.getLogger(SingleSignOnFailure.class);
    private final AuditLog audit;

    public SingleSignOnFailure(AuditLog audit) {
        super("/login?sso-error");
        this.audit = audit;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException e) throws IOException, ServletException {
        boolean noAccount = e instanceof OAuth2AuthenticationException oauth
                && OidcAccountMapping.NO_ACCOUNT.equals(oauth.getError().getErrorCode());
        if (!noAccount) {
            log.warn("Single sign-on failed: {}", e.getMessage());
            audit.recordByName(null, null, AuditLog.LOGIN_FAILED, false, "single sign-on: " + e.getMessage());
        }
        super.onAuthenticationFailure(request, response, e);
    }
}
