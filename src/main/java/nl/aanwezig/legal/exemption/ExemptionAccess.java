package nl.aanwezig.legal.exemption;

import nl.aanwezig.security.AuditLog;
import nl.aanwezig.security.CurrentUser;
import nl.aanwezig.security.Role;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what with an exemption. Only leerplicht decides, and only for a school they serve (its region, or as the
 * school's partner); the panel's SWV consultants and jeugdartsen of those schools read it; the medical grounds are
 * for jeugdartsen alone. Every read and refusal is audited.
 */
@Component
class ExemptionAccess {

    static final String READ = "EXEMPTION_READ";
    static final String DECIDE = "EXEMPTION_DECIDE";
    static final String MEDICAL = "EXEMPTION_MEDICAL_READ";

    private final JdbcTemplate jdbc;
    private final AuditLog audit;

    ExemptionAccess(JdbcTemplate jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** Leerplicht of a school they serve registers, decides and records reviews. */
    void checkDecide(CurrentUser user, long schoolId, long pupilId) {
        allowOrRefuse(user.is(Role.LEERPLICHT) && serves(user, schoolId), user, pupilId, DECIDE);
    }

    /** Leerplicht, the SWV and the jeugdartsen who serve the school (the panel), and the statement's writer. */
    void checkRead(CurrentUser user, Exemption e) {
        boolean panel = (user.is(Role.LEERPLICHT) || user.is(Role.SWV) || user.is(Role.JEUGDARTS))
                && serves(user, e.schoolId());
        allowOrRefuse(panel || user.username().equals(e.statementWriter()), user, e.pupilId(), READ);
    }

    /** The medical grounds: a jeugdarts who wrote the statement or serves the school; no one else. */
    void checkMedical(CurrentUser user, Exemption e) {
        boolean doctor = user.is(Role.JEUGDARTS)
                && (user.username().equals(e.statementWriter()) || serves(user, e.schoolId()));
        allowOrRefuse(doctor, user, e.pupilId(), MEDICAL);
    }

    boolean mayReadMedical(CurrentUser user, Exemption e) {
        return user.is(Role.JEUGDARTS) && (user.username().equals(e.statementWriter()) || serves(user, e.schoolId()));
    }

    boolean serves(CurrentUser user, long schoolId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("""
                select exists (select 1 from school s join staff_account a on a.region_id = s.region_id
                               where s.id = ? and a.username = ?)
                    or exists (select 1 from school_partner p where p.school_id = ? and p.username = ?)""",
                Boolean.class, schoolId, user.username(), schoolId, user.username()));
    }

    private void allowOrRefuse(boolean allowed, CurrentUser user, long pupilId, String action) {
        audit.record(user, pupilId, action, allowed, null);
        if (!allowed) {
            throw new AccessDeniedException(action + " refused for " + user.username());
        }
    }
}
