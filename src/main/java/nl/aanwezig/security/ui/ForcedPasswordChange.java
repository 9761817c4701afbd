package nl.aanwezig.security.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import nl.aanwezig.security.PasswordChanges;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * A user with a one-time password (the printed first admin password, a reset) is sent to
 * {@link ChangePasswordView} from every navigation until the password is changed; the refusal and login pages
 * stay reachable.
 */
@Component
class ForcedPasswordChange implements VaadinServiceInitListener {

    private final transient PasswordChanges changes;

    ForcedPasswordChange(PasswordChanges changes) {
        this.changes = changes;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::check));
    }

    void check(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        if (target == ChangePasswordView.class || target == LoginView.class || !loggedIn()) {
            return;
        }
        if (changes.mustChange()) {
            event.rerouteTo(ChangePasswordView.class);
        }
    }

    private static boolean loggedIn() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken);
    }
}
