package nl.aanwezig.security;

import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the audit trail. Each row commits on its own, so a refusal is recorded even though the
 * refused operation rolls back.
 */
@Service
public class AuditLog {

    private final AuditEntries entries;
    private final Clock clock;

    AuditLog(AuditEntries entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(CurrentUser user, Long pupilId, String action, boolean allowed, String detail) {
        entries.save(new AuditEntry(clock.instant(), user, pupilId, action, allowed, detail));
    }
}
