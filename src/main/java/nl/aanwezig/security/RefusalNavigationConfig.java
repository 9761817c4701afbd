package nl.aanwezig.security;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.auth.AccessCheckDecisionResolver;
import com.vaadin.flow.server.auth.NavigationAccessChecker;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import com.vaadin.flow.spring.security.NavigationAccessControlConfigurer;
import com.vaadin.flow.spring.security.SpringNavigationAccessControl;
import java.util.Collection;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Vaadin's navigation access control answers a refused screen with an AccessDeniedException in production
 * mode, but in development mode with a NotFoundException that shows its English developer page (with every
 * route listed). This makes a refusal a refusal in both, so people always see our Dutch "not allowed" page.
 */
@Configuration
class RefusalNavigationConfig {

    /** Primary: Vaadin declares its own unconditionally; this one is the one its security wiring picks up. */
    @Bean
    @Primary
    NavigationAccessControl refusingNavigationAccessControl(List<NavigationAccessChecker> checkers,
                                                            NavigationAccessControlConfigurer configurer) {
        return configurer.build(RefusingAccessControl::new, checkers);
    }

    static class RefusingAccessControl extends SpringNavigationAccessControl {

        RefusingAccessControl(Collection<NavigationAccessChecker> checkers, AccessCheckDecisionResolver resolver) {
            super(checkers, resolver);
        }

        @Override
        public void beforeEnter(BeforeEnterEvent event) {
            super.beforeEnter(event);
            // the target route exists (else the router had not got here): a "not found" from the check is a refusal
            if (event.hasErrorParameter() && event.getErrorParameter().getException() instanceof NotFoundException) {
                event.rerouteToError(AccessDeniedException.class);
            }
        }
    }
}
