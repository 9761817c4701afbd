package nl.aanwezig.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The OpenID Connect client, only when an issuer is configured. The provider's metadata is read from
 * {@code <issuer>/.well-known/openid-configuration} at the first single sign-on ({@link LazyClientRegistrations}).
 */
@Configuration
@ConditionalOnExpression("!'${aanwezig.oidc.issuer:}'.isBlank()")
class OidcConfig {

    @Bean
    ClientRegistrationRepository clientRegistrations(@Value("${aanwezig.oidc.issuer}") String issuer,
                                                     @Value("${aanwezig.oidc.client-id}") String clientId,
                                                     @Value("${aanwezig.oidc.client-secret:}") String clientSecret) {
        return new LazyClientRegistrations(() -> ClientRegistrations.fromIssuerLocation(issuer.trim())
                .registrationId(SingleSignOn.REGISTRATION)
                .clientId(clientId)
                .clientSecret(clientSecret)
                .scope("openid", "profile", "email")
                .build());
    }

    @Bean
    OidcAccountMapping oidcAccountMapping(@Value("${aanwezig.oidc.username-claim:preferred_username}") String claim,
                                          StaffAccounts accounts, AuditLog audit, TransactionTemplate tx) {
        return new OidcAccountMapping(claim, accounts, audit, tx);
    }
}
