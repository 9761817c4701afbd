package nl.aanwezig.security;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.Optional;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Every password login (the login screen and the API's HTTP Basic) passes here: an address that has to wait for
 * this login is refused before the password is even checked, failures are counted per login and address, and each
 * outcome is audited.
 */
@Component
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final AuditLog audit;

    ThrottledAuthenticationProvider(StaffUserDetailsService accounts, PasswordEncoder encoder, LoginThrottle throttle,
                                    AuditLog audit) {
        this.passwords = new DaoAuthenticationProvider(accounts);
        this.passwords.setPasswordEncoder(encoder);
        this.throttle = throttle;
        this.audit = audit;
    }

    @Override
    public Authentication authenticate(Authentication request) {
        String username = LoginThrottle.key(request.getName());
        String address = clientAddress(request);
        Optional<Instant> locked = throttle.blockedUntil(username, address);
        if (locked.isPresent()) {
            audit.recordByName(username, null, AuditLog.LOGIN_LOCKED, false, "wacht vanaf dit adres tot " + locked.get());
            throw new LoginLockedException(username, locked.get());
        }
        Authentication result;
        try {
            result = passwords.authenticate(request);
        } catch (BadCredentialsException e) {
            Optional<Instant> nowLocked = throttle.recordFailure(username, address);
            audit.recordByName(username, null, AuditLog.LOGIN_FAILED, false,
                    nowLocked.map(until -> "te veel pogingen: dit adres wacht tot " + until).orElse(null));
            throw e;
        } catch (AuthenticationException e) {
            audit.recordByName(username, null, AuditLog.LOGIN_FAILED, false, e.getClass().getSimpleName());
            throw e;
        }
        throttle.recordSuccess(username, address);
        audit.recordByName(username, RefusalAudit.role(result), AuditLog.LOGIN, true, null);
        return result;
    }

    /**
     * The client address as the servlet container sees it, the same the audit writes down: behind a proxy only the
     * proxy's, unless forward headers are switched on (then X-Forwarded-For, which only a trusted proxy may set).
     */
    private static String clientAddress(Authentication request) {
        if (request.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null) {
            return details.getRemoteAddress();
        }
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest http = attributes.getRequest();
            return http.getRemoteAddr();
        }
        return null;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
