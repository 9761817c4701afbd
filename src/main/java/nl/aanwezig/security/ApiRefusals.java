package nl.aanwezig.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import nl.aanwezig.base.Messages;
import nl.aanwezig.base.api.ApiProblems;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

/**
 * How the API says no: RFC 9457 problem details written straight into the response. Not through
 * {@code sendError}: that forwards to the error page, which the screens' filter chain answers with a
 * redirect to the login page, and a script would get a 302 instead of a 401.
 */
@Component
class ApiRefusals implements AuthenticationEntryPoint, AccessDeniedHandler {

    static final String REALM = "Aanwezig";

    private final AuditLog audit;
    private final Clock clock;

    ApiRefusals(AuditLog audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (e instanceof LoginLockedException locked) {
            long seconds = Math.max(1, Duration.between(clock.instant(), locked.until()).toSeconds());
            response.setHeader("Retry-After", Long.toString(seconds));
            ApiProblems.write(response, request, HttpStatus.TOO_MANY_REQUESTS,
                    Messages.nl("api.login.locked", (seconds + 59) / 60));
            return;
        }
        if (request.getHeader("Authorization") == null) {
            // a failed login is audited where it fails; here only the request that brought none
            audit.recordByName(null, null, AuditLog.REFUSED, false,
                    request.getMethod() + " " + request.getRequestURI() + ": niet ingelogd");
        }
        response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
        ApiProblems.write(response, request, HttpStatus.UNAUTHORIZED, Messages.nl("api.login.required"));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        // the refusal itself is audited by RefusalAudit (Spring's AuthorizationDeniedEvent), the service that refused,
        // or RefusalAuditing when it left a service or controller unaudited: never here, or it would count twice
        ApiProblems.write(response, request, HttpStatus.FORBIDDEN, Messages.nl("common.noAccess"));
    }
}
