package nl.aanwezig.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.stereotype.Component;

/**
 * Audits what Spring Security refuses on its own (a role check of a URL or of a service method, e.g. a
 * mentor asking the signals API) and every logout. Refusals decided by our own services are audited where they
 * are decided (the dossier's need to know) or, when that code only throws, by {@link RefusalAuditing}; the
 * screens' refusals by the refusal pages.
 */
@Component
class RefusalAudit implements LogoutHandler {

    private final AuditLog audit;

    RefusalAudit(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    void refused(AuthorizationDeniedEvent<?> event) {
        Authentication who = event.getAuthentication().get();
        if (who == null || who instanceof AnonymousAuthenticationToken) {
            // not logged in: the login page or the API's 401 answers that; the API's 401 is audited there
            return;
        }
        audit.recordByName(who.getName(), role(who), AuditLog.REFUSED, false, what(event.getSource()));
    }

    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, Authentication who) {
        if (who != null) {
            audit.recordByName(who.getName(), role(who), AuditLog.LOGOUT, true, null);
        }
    }

    static Role role(Authentication who) {
        return who.getAuthorities().stream().map(a -> a.getAuthority())
                .filter(a -> a != null && a.startsWith("ROLE_")).map(a -> a.substring(5))
                .flatMap(name -> java.util.Arrays.stream(Role.values()).filter(r -> r.name().equals(name)))
                .findFirst().orElse(null);
    }

    private static String what(Object source) {
        if (source instanceof HttpServletRequest request) {
            return request.getMethod() + " " + request.getRequestURI();
        }
        if (source instanceof MethodInvocation invocation) {
            return invocation.getMethod().getDeclaringClass().getSimpleName() + "." + invocation.getMethod().getName();
        }
        return String.valueOf(source);
    }
}
