package nl.aanwezig.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed logins per login in the database (so every app instance sees the same count) and locks a
 * login after too many within a window: a password can then not be guessed, even by spreading guesses over
 * instances. The lock also refuses the right password, or the guesser would learn it from the answer.
 */
@Service
public class LoginThrottle {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final AuditLog audit;
    private final CurrentUsers users;
    private final int maxFailures;
    private final Duration window;
    private final Duration lockFor;

    LoginThrottle(JdbcTemplate jdbc, Clock clock, AuditLog audit, CurrentUsers users,
                  @Value("${aanwezig.login.max-failures:10}") int maxFailures,
                  @Value("${aanwezig.login.window:15m}") Duration window,
                  @Value("${aanwezig.login.lock:15m}") Duration lockFor) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
        this.users = users;
        this.maxFailures = maxFailures;
        this.window = window;
        this.lockFor = lockFor;
    }

    /** The same key the login itself uses: the account lookup trims and lower-cases too. */
    static String key(String username) {
        String k = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        return k.length() <= 64 ? k : k.substring(0, 64);
    }

    /** Until when the login is locked, if it is now. */
    @Transactional(readOnly = true)
    public Optional<Instant> lockedUntil(String username) {
        List<Timestamp> until = jdbc.queryForList("select locked_until from login_throttle where username = ? and locked_until > ?",
                Timestamp.class, key(username), Timestamp.from(clock.instant()));
        return until.stream().findFirst().map(Timestamp::toInstant);
    }

    /** Counts a failure in one statement (instances may count the same login at once); true when it now locks. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean recordFailure(String username) {
        Timestamp now = Timestamp.from(clock.instant());
        Timestamp windowOpen = Timestamp.from(clock.instant().minus(window));
        Timestamp lockEnd = Timestamp.from(clock.instant().plus(lockFor));
        Integer failures = jdbc.queryForObject("""
                insert into login_throttle as t (username, failures, window_start) values (?, 1, ?)
                on conflict (username) do update set
                    failures = case when t.window_start < ? then 1 else t.failures + 1 end,
                    window_start = case when t.window_start < ? then excluded.window_start else t.window_start end
                returning failures""", Integer.class, key(username), now, windowOpen, windowOpen);
        if (failures != null && failures >= maxFailures) {
            // a new window starts after the lock, so the next failure does not lock again at once
            jdbc.update("update login_throttle set locked_until = ?, failures = 0, window_start = ? where username = ?",
                    lockEnd, lockEnd, key(username));
            return true;
        }
        return false;
    }

    /** A good login forgets earlier failures. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordSuccess(String username) {
        jdbc.update("delete from login_throttle where username = ?", key(username));
    }

    /** An admin lifts a lock (and forgets the failures), audited; true when there was anything to lift. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public boolean unlock(String username) {
        boolean any = jdbc.update("delete from login_throttle where username = ?", key(username)) > 0;
        audit.record(users.require(), null, AuditLog.ACCOUNT_UNLOCKED, true, key(username));
        return any;
    }

    /** Rows of logins that failed long ago and are not locked: nothing left to count. */
    @Transactional
    public int forgetOld() {
        Timestamp before = Timestamp.from(clock.instant().minus(window));
        return jdbc.update("delete from login_throttle where window_start < ? and (locked_until is null or locked_until < ?)",
                before, Timestamp.from(clock.instant()));
    }
}
