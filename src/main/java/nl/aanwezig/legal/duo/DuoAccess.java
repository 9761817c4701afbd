package nl.aanwezig.legal.duo;

import java.util.List;
import nl.aanwezig.security.AuditLog;
import nl.aanwezig.security.CurrentUser;
import nl.aanwezig.security.Role;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Whose reports a user sees: the school's OC their own school's, leerplicht the schools they serve (school_partner).
 * A school never sees another's reports. Every read and refusal is audited.
 */
@Component
public class DuoAccess {

    private final JdbcTemplate jdbc;
    private final AuditLog audit;

    DuoAccess(JdbcTemplate jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** The schools whose reports the user sees. */
    public List<Long> schoolsOf(CurrentUser user) {
        if (user.is(Role.OC)) {
            return user.schoolId() == null ? List.of() : List.of(user.schoolId());
        }
        if (user.is(Role.LEERPLICHT)) {
            return jdbc.queryForList("select school_id from school_partner where username = ? and role = 'LEERPLICHT'",
                    Long.class, user.username());
        }
        return List.of();
    }

    /** Leerplicht sees a school's reports only once they are made at DUO ({@link DuoStatus#sent()}). */
    public static boolean sentOnly(CurrentUser user) {
        return !user.is(Role.OC);
    }

    /**
     * As {@link #check(CurrentUser, long, Long, String)} for one report: leerplicht is also refused a report not
     * made at DUO yet (a concept of the school, or one withdrawn before it was made).
     */
    public void check(CurrentUser user, DuoReport report, String action) {
        if (sentOnly(user) && !report.status().sent() && schoolsOf(user).contains(report.schoolId())) {
            audit.record(user, report.pupilId(), action, false, "school " + report.schoolId() + " report not sent");
            throw new AccessDeniedException("report " + report.id() + " is not sent to leerplicht");
        }
        check(user, report.schoolId(), report.pupilId(), action);
    }

    /** Checks and audits; throws AccessDeniedException when the user may not see the school's reports. */
    public void check(CurrentUser user, long schoolId, Long pupilId, String action) {
        boolean allowed = schoolsOf(user).contains(schoolId);
        audit.record(user, pupilId, action, allowed, "school " + schoolId);
        if (!allowed) {
            throw new AccessDeniedException("reports of school " + schoolId + " are not for " + user.username());
        }
    }
}
