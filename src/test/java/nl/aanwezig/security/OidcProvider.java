package nl.aanwezig.security;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.UUID;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * A real OpenID Connect provider for the single sign-on test: Spring Authorization Server in its own small
 * application context and Tomcat, on 127.0.0.1 (the app runs on localhost, so the two keep separate cookies).
 * Its users: {@code t-mentor} (an account of the app) and {@code stranger} (none), password {@value #PASSWORD}.
 * A {@code @TestConfiguration}, so the app's own component scan leaves it out.
 */
@TestConfiguration(proxyBeanMethods = false)
@EnableWebSecurity
class OidcProvider {

    static final String CLIENT_ID = "aanwezig";
    static final String CLIENT_SECRET = "provider-secret";
    static final String PASSWORD = "provider-password";

    /**
     * Starts the provider on {@code port}; the app's redirect address must be known up front (exact match). Start it
     * after the app: Spring Security's context holder strategy is global in a JVM, and Vaadin replaces it when the
     * app starts, so a provider built before would read its logins from another holder than it wrote them to.
     */
    static ConfigurableApplicationContext start(int port, String appRedirectUri) {
        return new SpringApplicationBuilder(OidcProvider.class).web(WebApplicationType.SERVLET)
                .properties("provider.port=" + port, "provider.redirect-uri=" + appRedirectUri,
                        "spring.main.banner-mode=off").run();
    }

    static String issuer(int port) {
        return "http://127.0.0.1:" + port;
    }

    @Bean
    TomcatServletWebServerFactory webServer(Environment env) {
        TomcatServletWebServerFactory tomcat = new TomcatServletWebServerFactory(env.getRequiredProperty("provider.port", Integer.class));
        // every endpoint is a filter of Spring Security; Tomcat runs filters only for a path some servlet serves
        tomcat.setRegisterDefaultServlet(true);
        return tomcat;
    }

    /** One chain, as Spring Security 7's reference shows it: the protocol endpoints, the login form, user info. */
    @Bean
    SecurityFilterChain provider(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .oauth2AuthorizationServer(server -> server.oidc(Customizer.withDefaults()))
                .oauth2ResourceServer(r -> r.jwt(Customizer.withDefaults()))
                .formLogin(Customizer.withDefaults());
        return http.build();
    }

    @Bean
    UserDetailsService users() {
        return new InMemoryUserDetailsManager(
                User.withUsername("t-mentor").password("{noop}" + PASSWORD).roles("USER").build(),
                User.withUsername("stranger").password("{noop}" + PASSWORD).roles("USER").build());
    }

    @Bean
    RegisteredClientRepository clients(Environment env) {
        return new InMemoryRegisteredClientRepository(RegisteredClient.withId(UUID.randomUUID().toString())
                .clientId(CLIENT_ID).clientSecret("{noop}" + CLIENT_SECRET)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri(env.getRequiredProperty("provider.redirect-uri"))
                .scope(OidcScopes.OPENID).scope(OidcScopes.PROFILE).scope(OidcScopes.EMAIL)
                .clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build())
                .build());
    }

    /** The claims a school's provider sends: a login name and an e-mail address. */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> claims() {
        return context -> {
            if ("id_token".equals(context.getTokenType().getValue())) {
                String name = context.getPrincipal().getName();
                context.getClaims().claim("preferred_username", name.toUpperCase())
                        .claim("email", name + "@school.example");
            }
        };
    }

    @Bean
    KeyPair signingKey() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    @Bean
    JWKSource<SecurityContext> keys(KeyPair pair) {
        RSAKey key = new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
                .keyID(UUID.randomUUID().toString()).build();
        return new ImmutableJWKSet<>(new JWKSet(key));
    }

    /** The user info endpoint takes the access tokens it issued itself. */
    @Bean
    JwtDecoder jwtDecoder(KeyPair pair) {
        return NimbusJwtDecoder.withPublicKey((RSAPublicKey) pair.getPublic()).build();
    }

    @Bean
    AuthorizationServerSettings settings() {
        return AuthorizationServerSettings.builder().build();
    }
}
