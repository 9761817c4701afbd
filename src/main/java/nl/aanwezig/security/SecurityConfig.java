package nl.aanwezig.security;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Two doors: HTTP Basic for the API (stateless, for scripts and pupil administrations) and a login form for
 * the UI (its chain in {@link nl.aanwezig.security.ui.UiSecurityConfig}, beside the login view). Both log in through {@link ThrottledAuthenticationProvider} (the only AuthenticationProvider bean,
 * so Spring uses it for both chains).
 */
@Configuration
@EnableWebSecurity
// Services use @PreAuthorize; @RolesAllowed is for Vaadin views only (JSR-250 method security would proxy the views).
@EnableMethodSecurity
class SecurityConfig {

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
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.NO_REFERRER)).withObjectPostProcessor(EagerHeaders.writer()))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterAfter(new PasswordChangeRequiredFilter(audit), BasicAuthenticationFilter.class);
        return http.build();
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
