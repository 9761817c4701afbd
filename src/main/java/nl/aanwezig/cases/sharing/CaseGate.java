package nl.aanwezig.cases.sharing;

import java.time.Instant;
import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.cases.Cases;
import nl.aanwezig.cases.DossierAccess;
import nl.aanwezig.cases.PupilCase;
import nl.aanwezig.school.Pupil;
import nl.aanwezig.school.Pupils;
import nl.aanwezig.security.AuditLog;
import nl.aanwezig.security.CurrentUser;
import nl.aanwezig.security.Role;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The door of a shared case: finds it, asks the access policy (audited) and knows who may manage its sharing (the
 * regievoerder, or an OC of the pupil's school).
 */
@Component
public class CaseGate {

    private final Cases cases;
    private final Pupils pupils;
    private final DossierAccess access;
    private final AuditLog audit;
    private final JdbcTemplate jdbc;

    CaseGate(Cases cases, Pupils pupils, DossierAccess access, AuditLog audit, JdbcTemplate jdbc) {
        this.cases = cases;
        this.pupils = pupils;
        this.access = access;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    /** A case and its pupil. */
    public record Ref(PupilCase c, Pupil pupil) {
        public long caseId() {
            return c.id();
        }
    }

    /** The case if the user may read it; refusals are audited and throw AccessDeniedException. */
    public Ref read(CurrentUser user, long caseId, String action) {
        Ref ref = find(caseId);
        access.check(user, ref.pupil(), action);
        return ref;
    }

    /** As {@link #read}, and the case is open and the user manages its sharing; the refusal is audited too. */
    public Ref manage(CurrentUser user, long caseId, String action) {
        Ref ref = find(caseId);
        if (!mayManage(user, ref)) {
            audit.record(user, ref.pupil().id(), action, false, "not the regievoerder or an OC of the school");
            throw new AccessDeniedException("only the regievoerder or the school's OC manages sharing of case " + caseId);
        }
        access.check(user, ref.pupil(), action);
        if (!ref.c().isOpen()) {
            throw new UserFacingException("sharing.error.caseClosed");
        }
        return ref;
    }

    public boolean mayManage(CurrentUser user, Ref ref) {
        boolean schoolOc = user.is(Role.OC) && user.schoolId() != null && user.schoolId().equals(ref.c().schoolId());
        return schoolOc || user.username().equals(regievoerder(ref.caseId()));
    }

    public String regievoerder(long caseId) {
        return jdbc.queryForObject("select regievoerder from pupil_case where id = ?", String.class, caseId);
    }

    /** From when the user sees the case: all of it for school staff, from joining for partners. */
    Instant since(CurrentUser user, long caseId) {
        return access.visibleSince(user, caseId);
    }

    private Ref find(long caseId) {
        PupilCase c = cases.findById(caseId).orElseThrow(() -> new UserFacingException("sharing.error.caseNotFound"));
        return new Ref(c, pupils.findById(c.pupilId()).orElseThrow());
    }
}
