package nl.aanwezig.attendance.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.aanwezig.school.Regions;
import nl.aanwezig.school.Regions.SchoolRef;
import nl.aanwezig.security.CurrentUser;
import nl.aanwezig.security.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Which schools' aggregates a user may see. Pyramids carry no pupil names, so the rule is about schools:
 * the OC their own school; SWV and leerplicht the schools of the region their account is scoped to, or every
 * school when it is not scoped (a municipality's leerplicht serves PO and VO regions alike).
 */
@Component
class DashboardScope {

    private final Regions regions;

    DashboardScope(Regions regions) {
        this.regions = regions;
    }

    /** The choices of a user: a region as a whole (when scoped to one) followed by its schools. */
    List<PyramidService.Target> targets(CurrentUser user) {
        List<PyramidService.Target> out = new ArrayList<>();
        if (user.is(Role.OC) || user.is(Role.DIRECTIE)) {
            regions.school(user.schoolId()).ifPresent(s -> out.add(PyramidService.Target.of(s)));
            return out;
        }
        if (!user.is(Role.SWV) && !user.is(Role.LEERPLICHT)) {
            return out;
        }
        Optional<Regions.Region> region = regions.ofAccount(user.username());
        region.ifPresent(r -> out.add(new PyramidService.Target(null, r.id(), r.name())));
        List<SchoolRef> schools = region.map(r -> regions.schoolsIn(r.id())).orElseGet(regions::allSchools);
        schools.forEach(s -> out.add(PyramidService.Target.of(s)));
        return out;
    }

    /** Throws when the target is not among the user's choices. */
    void check(CurrentUser user, PyramidService.Target target) {
        if (!targets(user).contains(target)) {
            throw new AccessDeniedException("no access to " + target);
        }
    }
}
