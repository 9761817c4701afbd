package nl.aanwezig.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
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
 * Counts failed logins per login and source address in the database (so every app instance sees the same count).
 * After {@code max-failures} failures from one address for one login, that address waits before it may try that
 * login again: {@code first-delay}, doubling with every further failure, up to {@code lock}. The wait refuses the
 * right password too (or the guesser would learn it from the answer), but only from that address: a stranger's
 * failures never block the owner's own address, so nobody can keep an admin out by failing on purpose.
 * <p>
 * Against guessing spread over many addresses, all failures of a login are also counted together (source
 * {@value #ALL_SOURCES}): past {@code max-failures-all-sources} within the window, every address that fails even
 * once for that login waits (free failures drop to one). An address without failures is still let through.
 */
@Service
public class LoginThrottle {

    /** The source of the row that counts a login's failures from all addresses together. */
    static final String ALL_SOURCES = "*";

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final AuditLog audit;
    private final CurrentUsers users;
    private final int maxFailures;
    private final int maxFailuresAllSources;
    private final Duration window;
    private final Duration firstDelay;
    private final Duration maxDelay;

    LoginThrottle(JdbcTemplate jdbc, Clock clock, AuditLog audit, CurrentUsers users,
                  @Value("${aanwezig.login.max-failures:10}") int maxFailures,
                  @Value("${aanwezig.login.max-failures-all-sources:30}") int maxFailuresAllSources,
                  @Value("${aanwezig.login.window:15m}") Duration window,
                  @Value("${aanwezig.login.first-delay:1m}") Duration firstDelay,
                  @Value("${aanwezig.login.lock:15m}") Duration maxDelay) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.audit = audit;
        this.users = users;
        this.maxFailures = maxFailures;
        this.maxFailuresAllSources = maxFailuresAllSources;
        this.window = window;
        this.firstDelay = firstDelay;
        this.maxDelay = maxDelay;
    }

    /** The same key the login itself uses: the account lookup trims and lower-cases too. */
    static String key(String username) {
        String k = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        return k.length() <= 64 ? k : k.substring(0, 64);
    }

    /**
     * The source address as counted: IPv4 as it is, IPv6 by its /64 (one connection usually holds a whole /64, so
     * counting single IPv6 addresses would give a guesser endless fresh sources). Unknown: one shared source.
     */
    static String source(String address) {
        if (address == null || address.isBlank()) {
            return "unknown";
        }
        String a = address.trim();
        if (a.indexOf(':') >= 0 && a.matches("[0-9A-Fa-f:.%\\[\\]a-zA-Z]+")) {
            try {
                byte[] bytes = InetAddress.getByName(a.replaceAll("[\\[\\]]|%.*$", "")).getAddress();
                if (bytes.length == 16) {
                    StringBuilder prefix = new StringBuilder();
                    for (int i = 0; i < 8; i += 2) {
                        prefix.append(String.format("%x", ((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff))).append(':');
                    }
                    return prefix.append(":/64").toString();
                }
            } catch (UnknownHostException e) {
                // not a literal address: counted as given
            }
        }
        return a.length() <= 64 ? a : a.substring(0, 64);
    }

    /** Until when this address must wait before it may try this login again, if it must now. */
    @Transactional(readOnly = true)
    public Optional<Instant> blockedUntil(String username, String address) {
        List<Timestamp> until = jdbc.queryForList(
                "select blocked_until from login_throttle where username = ? and source = ? and blocked_until > ?",
                Timestamp.class, key(username), source(address), Timestamp.from(clock.instant()));
        return until.stream().findFirst().map(Timestamp::toInstant);
    }

    /**
     * Counts a failure of this login from this address, each count in one statement (instances may count the same
     * login at once); the moment until which the address now has to wait, if it has to.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Optional<Instant> recordFailure(String username, String address) {
        Instant now = clock.instant();
        Timestamp at = Timestamp.from(now);
        Timestamp windowOpen = Timestamp.from(now.minus(window));
        Integer all = jdbc.queryForObject("""
                insert into login_throttle as t (username, source, failures, window_start, last_failure) values (?, ?, 1, ?, ?)
                on conflict (username, source) do update set
                    failures = case when t.window_start < ? then 1 else t.failures + 1 end,
                    window_start = case when t.window_start < ? then excluded.window_start else t.window_start end,
                    last_failure = excluded.last_failure
                returning failures""", Integer.class, key(username), ALL_SOURCES, at, at, windowOpen, windowOpen);
        // an address's count lasts while it keeps failing: it is forgotten a window after its last failure or wait
        Integer failures = jdbc.queryForObject("""
                insert into login_throttle as t (username, source, failures, window_start, last_failure) values (?, ?, 1, ?, ?)
                on conflict (username, source) do update set
                    failures = case when coalesce(t.blocked_until, t.last_failure) < ? then 1 else t.failures + 1 end,
                    window_start = case when coalesce(t.blocked_until, t.last_failure) < ? then excluded.window_start else t.window_start end,
                    last_failure = excluded.last_failure
                returning failures""", Integer.class, key(username), source(address), at, at, windowOpen, windowOpen);
        int free = all != null && all >= maxFailuresAllSources ? 1 : maxFailures;
        if (failures == null || failures < free) {
            return Optional.empty();
        }
        Instant until = now.plus(delay(failures - free));
        jdbc.update("update login_throttle set blocked_until = ? where username = ? and source = ?",
                Timestamp.from(until), key(username), source(address));
        return Optional.of(until);
    }

    /** The wait after the {@code beyond}-th failure past the free ones (0 the first): doubling, at most the lock. */
    private Duration delay(int beyond) {
        Duration delay = firstDelay;
        for (int i = 0; i < beyond && delay.compareTo(maxDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxDelay) < 0 ? delay : maxDelay;
    }

    /**
     * A good login forgets that address's failures; the count over all addresses stays (the owner logging in
     * does not give a guesser elsewhere a fresh allowance).
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordSuccess(String username, String address) {
        jdbc.update("delete from login_throttle where username = ? and source = ?", key(username), source(address));
    }

    /** An admin lifts every wait of a login (and forgets its failures), audited; true when there was anything. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public boolean unlock(String username) {
        boolean any = jdbc.update("delete from login_throttle where username = ?", key(username)) > 0;
        audit.record(users.require(), null, AuditLog.ACCOUNT_UNLOCKED, true, key(username));
        return any;
    }

    /** Rows with nothing left to count: no failure and no wait within the last window. */
    @Transactional
    public int forgetOld() {
        Timestamp before = Timestamp.from(clock.instant().minus(window));
        return jdbc.update("delete from login_throttle where last_failure < ? and (blocked_until is null or blocked_until < ?)",
                before, before);
    }
}
