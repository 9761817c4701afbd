package nl.aanwezig.security;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes the audit trail (NEN 7513: who, role, what, when, from where). Each row commits on its own, so a
 * refusal is recorded even though the refused operation rolls back. The table itself is append-only.
 */
@Service
public class AuditLog {

    /** Actions of the login and refusal trail; dossier actions are named by the services that read and write. */
    public static final String LOGIN = "LOGIN";
    public static final String LOGIN_FAILED = "LOGIN_FAILED";
    public static final String LOGIN_LOCKED = "LOGIN_LOCKED";
    public static final String LOGOUT = "LOGOUT";
    public static final String REFUSED = "REFUSED";
    public static final String PAGE_REFUSED = "PAGE_REFUSED";
    public static final String PAGE_NOT_FOUND = "PAGE_NOT_FOUND";
    public static final String ACCOUNT_UNLOCKED = "ACCOUNT_UNLOCKED";

    /**
     * How many refusal rows this thread has written: {@link RefusalAuditing} compares it before and after a call to
     * know whether a refusal was already audited by the code that decided it (one row per refusal, never none).
     */
    private static final ThreadLocal<long[]> REFUSALS_RECORDED = ThreadLocal.withInitial(() -> new long[1]);

    private final AuditEntries entries;
    private final Clock clock;
    private final CurrentUsers users;

    AuditLog(AuditEntries entries, Clock clock, CurrentUsers users) {
        this.entries = entries;
        this.clock = clock;
        this.users = users;
    }

    /** A refusal of whoever is acting now, logged in or not (the screens' refusal pages). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void refusedForCurrentUser(String action, String detail) {
        record(users.find().orElseGet(AuditLog::fromAuthentication), null, action, false, detail);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(CurrentUser user, Long pupilId, String action, boolean allowed, String detail) {
        entries.save(new AuditEntry(clock.instant(), user, pupilId, action, allowed, detail, clientAddress()));
        if (!allowed) {
            REFUSALS_RECORDED.get()[0]++;
        }
    }

    /** One allowed read of each of these pupils (a list seen by name), recorded together in one transaction. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordReads(CurrentUser user, java.util.Collection<Long> pupilIds, String action, String detail) {
        java.time.Instant at = clock.instant();
        String address = clientAddress();
        entries.saveAll(pupilIds.stream().map(p -> new AuditEntry(at, user, p, action, true, detail, address)).toList());
    }

    static long refusalsRecordedOnThisThread() {
        return REFUSALS_RECORDED.get()[0];
    }

    /** A refusal or login event of someone who may not be a known user (a mistyped login, no login at all). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordByName(String username, Role role, String action, boolean allowed, String detail) {
        record(new CurrentUser(username == null || username.isBlank() ? ANONYMOUS : username, null, role, null),
                null, action, allowed, detail);
    }

    static final String ANONYMOUS = "anoniem";

    /** Logged in without a staff account (a test user, another login type), or not logged in at all. */
    private static CurrentUser fromAuthentication() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated()) {
            return new CurrentUser(ANONYMOUS, null, null, null);
        }
        return new CurrentUser(auth.getName(), null, RefusalAudit.role(auth), null);
    }

    /** The caller's address as the servlet container sees it (behind a proxy: with forward headers on). */
    private static String clientAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
