package nl.aanwezig.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.aanwezig.base.Messages;
import nl.aanwezig.base.api.ApiProblems;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The API refuses an account whose one-time password has not been changed yet (403, problem details saying so,
 * audited): the password from a log must not open the API either. The change itself is done on the screen
 * {@code wachtwoord-wijzigen}.
 */
class PasswordChangeRequiredFilter extends OncePerRequestFilter {

    static final String DETAIL_KEY = "login.change.requiredApi";

    private final AuditLog audit;

    PasswordChangeRequiredFilter(AuditLog audit) {
        this.audit = audit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof StaffPrincipal principal && principal.mustChangePassword()) {
            audit.record(principal.current(), null, AuditLog.REFUSED, false,
                    request.getMethod() + " " + request.getRequestURI() + ": wachtwoord nog niet gewijzigd");
            ApiProblems.write(response, request, HttpStatus.FORBIDDEN, Messages.nl(DETAIL_KEY));
            return;
        }
        chain.doFilter(request, response);
    }
}
