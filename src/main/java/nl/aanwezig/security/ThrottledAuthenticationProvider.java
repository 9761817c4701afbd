package nl.aanwezig.security;

import java.time.Instant;
import java.util.Optional;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Every password login (the login screen and the API's HTTP Basic) passes here: a locked login is refused
 * before the password is even checked, failures are counted, and each outcome is audited.
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
        Optional<Instant> locked = throttle.lockedUntil(username);
        if (locked.isPresent()) {
            audit.recordByName(username, null, AuditLog.LOGIN_LOCKED, false, "vergrendeld tot " + locked.get());
            throw new LoginLockedException(username, locked.get());
        }
        Authentication result;
        try {
            result = passwords.authenticate(request);
        } catch (BadCredentialsException e) {
            boolean nowLocked = throttle.recordFailure(username);
            audit.recordByName(username, null, AuditLog.LOGIN_FAILED, false, nowLocked ? "te veel pogingen: vergrendeld" : null);
            throw e;
        } catch (AuthenticationException e) {
            audit.recordByName(username, null, AuditLog.LOGIN_FAILED, false, e.getClass().getSimpleName());
            throw e;
        }
        throttle.recordSuccess(username);
        audit.recordByName(username, RefusalAudit.role(result), AuditLog.LOGIN, true, null);
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
