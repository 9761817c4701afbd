package nl.aanwezig.security;

import java.time.Instant;
import org.springframework.security.authentication.LockedException;

/** A login refused because of too many failed attempts, whatever the password; carries when the lock ends. */
public class LoginLockedException extends LockedException {

    private final transient Instant until;

    LoginLockedException(String username, Instant until) {
        super("login " + username + " locked until " + until);
        this.until = until;
    }

    public Instant until() {
        return until;
    }
}
