package nl.aanwezig.legal.absolute;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.security.AuditLog;
import nl.aanwezig.security.CurrentUser;
import nl.aanwezig.security.CurrentUsers;
import nl.aanwezig.security.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Leerplicht registers a child enrolled at no school for their own region, and the route that follows the enrolment
 * starts in the same transaction; leerplicht and the SWV read the region's list. Registrations and reads are audited
 * (no pupil id: the child is no pupil of any school).
 */
@Service
public class AbsoluteAbsenceService {

    static final String REGISTER = "ABSOLUTE_ABSENCE_REGISTER";
    static final String READ = "ABSOLUTE_ABSENCE_READ";

    private final AbsoluteAbsences records;
    private final AbsenceRoutes routes;
    private final CurrentUsers users;
    private final AuditLog audit;
    private final Clock clock;

    AbsoluteAbsenceService(AbsoluteAbsences records, AbsenceRoutes routes, CurrentUsers users, AuditLog audit,
                           Clock clock) {
        this.records = records;
        this.routes = routes;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    /** Registers the child in the officer's region and starts its route; nothing is saved while a rule refuses. */
    @PreAuthorize("hasRole('LEERPLICHT')")
    @Transactional
    public long register(Registration registration) {
        CurrentUser user = users.require();
        long region = records.regionOf(user.username())
                .orElseThrow(() -> new UserFacingException("absolute.error.region.required"));
        LocalDate today = LocalDate.now(clock);
        AbsenceRules.orRefuse(AbsenceRules.registration(registration, today));
        long id = records.insert(region, registration, user.username(), clock.instant());
        routes.start(id, user.username(), today);
        audit.record(user, null, REGISTER, true, "absolute-absence:" + id);
        return id;
    }

    /** Every record of the user's region, open and closed; an account without a region sees none. */
    @PreAuthorize("hasAnyRole('LEERPLICHT', 'SWV')")
    @Transactional(readOnly = true)
    public List<AbsenceRow> list() {
        CurrentUser user = users.require();
        List<AbsenceRow> rows = records.regionOf(user.username())
                .map(region -> records.inRegion(region).stream().map(a -> AbsenceRow.of(a, LocalDate.now(clock))).toList())
                .orElse(List.of());
        audit.record(user, null, READ, true, "absolute-absence list: " + rows.size());
        return rows;
    }

    /** True when the user may register here (leerplicht with a region); the screen shows its form then. */
    @PreAuthorize("hasAnyRole('LEERPLICHT', 'SWV')")
    @Transactional(readOnly = true)
    public boolean mayRegister() {
        CurrentUser user = users.require();
        return user.is(Role.LEERPLICHT) && records.regionOf(user.username()).isPresent();
    }

    @PreAuthorize("hasRole('LEERPLICHT')")
    @Transactional(readOnly = true)
    public List<Municipality> municipalities() {
        return records.municipalities();
    }
}
