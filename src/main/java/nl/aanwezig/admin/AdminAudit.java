package nl.aanwezig.admin;

import nl.aanwezig.security.AuditLog;
import nl.aanwezig.security.CurrentUsers;
import org.springframework.stereotype.Component;

/** Every administrative change leaves an audit row: who did what to which school or account. */
@Component
class AdminAudit {

    private final AuditLog audit;
    private final CurrentUsers users;

    AdminAudit(AuditLog audit, CurrentUsers users) {
        this.audit = audit;
        this.users = users;
    }

    /** @param action e.g. {@code ADMIN_SCHOOL_CREATE}; @param detail what it concerned, never a password */
    void changed(String action, String detail) {
        audit.record(users.require(), null, action, true, nl.aanwezig.base.Echo.of(detail, 250));
    }
}
