package nl.aanwezig.security.ui;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.util.Map;
import nl.aanwezig.security.AuditLog;
import nl.aanwezig.security.EagerHeaders;
import nl.aanwezig.security.LoginLockedException;
import nl.aanwezig.security.SingleSignOnFailure;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The UI's door: Vaadin's login form (and single sign-on when configured) for every screen, the API's and health's
 * doors being {@code SecurityConfig}'s. It lives beside the login view it names, so the security module's core does
 * not depend on its screens. The logout handler is the refusal audit (it writes every logout down).
 */
@Configuration
class UiSecurityConfig {

    /**
     * Vaadin Flow needs inline and eval'd scripts and inline styles; everything else comes from this
     * origin only (push runs over a same-origin WebSocket), and no other site may frame the app.
     */
    static final String UI_CSP = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    @Bean
    @Order(2)
    SecurityFilterChain uiChain(HttpSecurity http, LogoutHandler audit, AuditLog auditLog,
                                ObjectProvider<ClientRegistrationRepository> singleSignOn,
                                ObjectProvider<OAuth2UserService<OidcUserRequest, OidcUser>> accounts, RequestUtil vaadinRequests) throws Exception {
        http.authorizeHttpRequests(a -> a.requestMatchers("/aanwezig/**", "/webjars/**", "/images/**").permitAll());
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                // Vaadin's own CSRF setup also exempts the login page, so another site's form could post a login
                // (login CSRF: the victim then works in the attacker's account); ours below does not
                .enableCsrfConfiguration(false)
                .addLogoutHandler(audit)
                // unknown and malformed URLs reach the router, which shows the Dutch "not found" page,
                // instead of an empty 403 from here; a logged-out visitor still goes to the login page first
                .anyRequest(url -> url.authenticated()));
        // Vaadin's own requests carry Vaadin's CSRF token (its UIDL security key) and not Spring's; every other
        // state-changing request needs Spring's token, the login form's post included: the login form sends it from
        // the _csrf meta tags Vaadin writes into the page
        http.csrf(c -> c.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        http.formLogin(f -> f.failureHandler(loginFailure()));
        ClientRegistrationRepository registrations = singleSignOn.getIfAvailable();
        if (registrations != null) {
            // single sign-on beside the password login, onto the same accounts (see SingleSignOn)
            http.oauth2Login(o -> o.loginPage("/login").clientRegistrationRepository(registrations)
                    .userInfoEndpoint(u -> u.oidcUserService(accounts.getObject()))
                    .failureHandler(new SingleSignOnFailure(auditLog)));
        }
        http.headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(UI_CSP))
                .referrerPolicy(r -> r.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .withObjectPostProcessor(EagerHeaders.writer()));
        return http.build();
    }

    /** The login screen says why: wrong password, or locked after too many attempts. */
    private static ExceptionMappingAuthenticationFailureHandler loginFailure() {
        ExceptionMappingAuthenticationFailureHandler failure = new ExceptionMappingAuthenticationFailureHandler();
        failure.setExceptionMappings(Map.of(LoginLockedException.class.getName(), "/login?locked"));
        failure.setDefaultFailureUrl("/login?error");
        return failure;
    }
}
