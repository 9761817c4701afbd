package nl.aanwezig.security;

import java.util.function.Supplier;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

/**
 * The single sign-on registration, read from the provider's metadata at the first login that needs it rather
 * than at start: the app starts (and the password login works) while the provider is down, and a failed read is
 * tried again at the next login.
 */
class LazyClientRegistrations implements ClientRegistrationRepository {

    private final Supplier<ClientRegistration> discovery;
    private volatile ClientRegistration registration;

    LazyClientRegistrations(Supplier<ClientRegistration> discovery) {
        this.discovery = discovery;
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        if (!SingleSignOn.REGISTRATION.equals(registrationId)) {
            return null;
        }
        ClientRegistration known = registration;
        if (known == null) {
            synchronized (this) {
                if (registration == null) {
                    registration = discovery.get();
                }
                known = registration;
            }
        }
        return known;
    }
}
