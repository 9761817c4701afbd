package nl.aanwezig.security;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.util.Map;
import nl.aanwezig.security.ui.LoginView;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Two doors: HTTP Basic for the API (stateless, for scripts and pupil administrations) and a login form for
 * the UI. Both log in through {@link ThrottledAuthenticationProvider} (the only AuthenticationProvider bean,
 * so Spring uses it for both chains).
 */
@Configuration
@EnableWebSecurity
// Services use @PreAuthorize; @RolesAllowed is for Vaadin views only (JSR-250 method security would proxy the views).
@EnableMethodSecurity
class SecurityConfig {

    /**
     * Vaadin Flow needs inline and eval'd scripts and inline styles; everything else comes from this
     * origin only (push runs over a same-origin WebSocket), and no other site may frame the app.
     */
    static final String UI_CSP = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";
    static final String API_CSP = "default-src 'none'; frame-ancestors 'none'";

    /**
     * Health, liveness and readiness for a supervisor or load balancer, without a login: they say UP or DOWN and no
     * details (management.endpoint.health.show-details). No other actuator endpoint is exposed.
     */
    @Bean
    @Order(0)
    SecurityFilterChain healthChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/actuator/health", "/actuator/health/**")
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .csrf(c -> c.disable())
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(API_CSP)))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, ApiRefusals refusals, AuditLog audit) throws Exception {
        http.securityMatcher("/api/**", "/v3/api-docs/**")
                // the administration API by its address too: refused before its body is read (not a 400 for a
                // malformed body to a role that may not send it at all); the controllers check again by method
                .authorizeHttpRequests(a -> a.requestMatchers("/v3/api-docs/**").permitAll()
                        .requestMatchers("/api/v1/admin/**").hasRole("ADMIN").anyRequest().authenticated())
                .httpBasic(b -> b.realmName(ApiRefusals.REALM).authenticationEntryPoint(refusals))
                .exceptionHandling(e -> e.authenticationEntryPoint(refusals).accessDeniedHandler(refusals))
                .csrf(c -> c.disable())
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(API_CSP))
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.NO_REFERRER)).withObjectPostProcessor(eagerHeaders()))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterAfter(new PasswordChangeRequiredFilter(audit), BasicAuthenticationFilter.class);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain uiChain(HttpSecurity http, RefusalAudit audit, AuditLog auditLog,
                                ObjectProvider<ClientRegistrationRepository> singleSignOn,
                                ObjectProvider<OidcAccountMapping> accounts, RequestUtil vaadinRequests) throws Exception {
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
                .withObjectPostProcessor(eagerHeaders()));
        return http.build();
    }

    /**
     * Vaadin's pages are written by its servlet behind a forward from Spring MVC, and the lazy header writer
     * (on commit) never ran for them: write the security headers before the request goes on.
     */
    private static ObjectPostProcessor<HeaderWriterFilter> eagerHeaders() {
        return new ObjectPostProcessor<>() {
            @Override
            public <O extends HeaderWriterFilter> O postProcess(O filter) {
                filter.setShouldWriteHeadersEagerly(true);
                return filter;
            }
        };
    }

    /** The login screen says why: wrong password, or locked after too many attempts. */
    private static ExceptionMappingAuthenticationFailureHandler loginFailure() {
        ExceptionMappingAuthenticationFailureHandler failure = new ExceptionMappingAuthenticationFailureHandler();
        failure.setExceptionMappings(Map.of(LoginLockedException.class.getName(), "/login?locked"));
        failure.setDefaultFailureUrl("/login?error");
        return failure;
    }

    /** Makes Spring Security publish its refusals (URL and method checks), which {@link RefusalAudit} writes down. */
    @Bean
    AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher publisher) {
        return new SpringAuthorizationEventPublisher(publisher);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
