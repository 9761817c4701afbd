package nl.aanwezig.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.aanwezig.attendance.SignalType;
import nl.aanwezig.attendance.signals.SignalStore;
import nl.aanwezig.attendance.signals.SignalStore.StoredSignal;
import nl.aanwezig.school.School;
import nl.aanwezig.security.CurrentUser;
import nl.aanwezig.security.CurrentUsers;
import nl.aanwezig.security.AuditLog;
import nl.aanwezig.security.AccessPolicy;
import nl.aanwezig.security.NeedToKnow;
import nl.aanwezig.security.PupilAccess;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A school's signals, for the school's OC and for the partners who serve the school (leerplicht handles
 * the DUO reports, the jeugdarts M@ZL). Serving a school opens the list, not its pupils: a partner gets only the
 * signals of pupils whose open case they take part in now and whose signals their role sees ({@link AccessPolicy},
 * as on the pupil page). Leerplicht's statutory share is in that: a DUO signal makes the school's leerplicht a
 * participant of the case, and withdrawn consent does not remove them. Every listing is audited.
 */
@Service
public class SignalListService {

    static final String ACTION = "SIGNALS_READ";

    private final SignalStore store;
    private final CurrentUsers users;
    private final AuditLog audit;
    private final JdbcTemplate jdbc;
    private final DossierAccess facts;

    SignalListService(SignalStore store, CurrentUsers users, AuditLog audit, JdbcTemplate jdbc, DossierAccess facts) {
        this.facts = facts;
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
        List<StoredSignal> all = store.ofSchool(school.id(), type, from, to);
        Set<Long> shown = facts.factsOf(all.stream().map(StoredSignal::pupilId).distinct().toList()).stream()
                .filter(f -> AccessPolicy.sees(user, f, NeedToKnow.Part.SIGNALS))
                .map(PupilAccess::pupilId).collect(Collectors.toSet());
        return all.stream().filter(s -> shown.contains(s.pupilId())).toList();
    }

    private boolean servedBy(School school, CurrentUser user) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from school_partner where school_id = ? and username = ?)",
                Boolean.class, school.id(), user.username()));
    }
}
