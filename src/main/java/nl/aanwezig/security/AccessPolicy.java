package nl.aanwezig.security;

import java.util.Set;
import nl.aanwezig.security.NeedToKnow.Part;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Who may see a pupil, and which parts of it ("need to know"): the mentor their own pupils, the OC their own
 * school's pupils, chain partners only the pupils whose open case they take part in now, each role the parts
 * {@link NeedToKnow} gives it. The one place every screen and API asks; {@link #check} audits the decision.
 */
@Service
public class AccessPolicy {

    private final AuditLog audit;

    AccessPolicy(AuditLog audit) {
        this.audit = audit;
    }

    /** Pure rule, no side effects. */
    public static boolean mayOpen(CurrentUser user, PupilAccess pupil) {
        if (user.role() == null) {
            return false;
        }
        return switch (user.role()) {
            // a mentor who sits in the school's SAT, or was asked to join a case, sees that case too
            case MENTOR -> sameSchool(user, pupil)
                    && (user.username().equals(pupil.mentor()) || pupil.participants().contains(user.username()));
            case OC -> sameSchool(user, pupil);
            case LEERPLICHT, JEUGDARTS, SWV, COACH -> pupil.participants().contains(user.username());
            // the admin opens no pupil; a family member never opens a staff dossier, only the family pages of the
            // children linked to them (nl.aanwezig.cases.family.FamilyAccess)
            // the school's directie sees the school's figures and escalations, never a pupil's dossier
            case ADMIN, DIRECTIE, OUDER, LEERLING -> false;
        };
    }

    /** The parts of the pupil the user sees: none when they may not open the pupil, else what their role needs. */
    public static Set<Part> parts(CurrentUser user, PupilAccess pupil) {
        return mayOpen(user, pupil) ? NeedToKnow.of(user.role()) : Set.of();
    }

    /** Whether the user sees this part of this pupil (e.g. an SWV consultant on the case never sees ATTENDANCE). */
    public static boolean sees(CurrentUser user, PupilAccess pupil, Part part) {
        return parts(user, pupil).contains(part);
    }

    private static boolean sameSchool(CurrentUser user, PupilAccess pupil) {
        return user.schoolId() != null && user.schoolId() == pupil.schoolId();
    }

    /** Checks and audits; throws when refused so nothing further happens. */
    public void check(CurrentUser user, PupilAccess pupil, String action) {
        boolean allowed = mayOpen(user, pupil);
        audit.record(user, pupil.pupilId(), action, allowed, null);
        if (!allowed) {
            throw new AccessDeniedException("no access to pupil " + pupil.pupilId());
        }
    }
}
