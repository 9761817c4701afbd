package nl.aanwezig.cases;

import java.time.LocalDate;
import java.util.List;
import nl.aanwezig.attendance.SignalType;
import nl.aanwezig.attendance.signals.SignalStore;
import nl.aanwezig.attendance.signals.SignalStore.StoredSignal;
import nl.aanwezig.school.School;
import nl.aanwezig.security.CurrentUser;
import nl.aanwezig.security.CurrentUsers;
import nl.aanwezig.security.AuditLog;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A school's signals, for the school's OC and for the partners who serve the school (leerplicht handles
 * the DUO reports, the jeugdarts M@ZL). Every listing is audited.
 */
@Service
public class SignalListService {

    static final String ACTION = "SIGNALS_READ";

    private final SignalStore store;
    private final CurrentUsers users;
    private final AuditLog audit;
    private final JdbcTemplate jdbc;

    SignalListService(SignalStore store, CurrentUsers users, AuditLog audit, JdbcTemplate jdbc) {
        this.store = store;
        this.users = users;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    @PreAuthorize("hasAnyRole('OC', 'LEERPLICHT', 'JEUGDARTS')")
    @Transactional(readOnly = true)
    public List<StoredSignal> signals(School school, SignalType type, LocalDate from, LocalDate to) {
        CurrentUser user = users.require();
        boolean allowed = user.is(nl.aanwezig.security.Role.OC) ? school.id().equals(user.schoolId()) : servedBy(school, user);
        audit.record(user, null, ACTION, allowed, school.brin() + (type == null ? "" : " " + type));
        if (!allowed) {
            throw new AccessDeniedException("school " + school.brin() + " is not served by " + user.username());
        }
        return store.ofSchool(school.id(), type, from, to);
    }

    private boolean servedBy(School school, CurrentUser user) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from school_partner where school_id = ? and username = ?)",
                Boolean.class, school.id(), user.username()));
    }
}
