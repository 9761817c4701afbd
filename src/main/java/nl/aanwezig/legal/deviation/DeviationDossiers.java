package nl.aanwezig.legal.deviation;

import nl.aanwezig.cases.CaseService;
import nl.aanwezig.cases.Cases;
import nl.aanwezig.cases.DossierAccess;
import nl.aanwezig.cases.PupilCase;
import nl.aanwezig.cases.timeline.CaseEventType;
import nl.aanwezig.school.Pupil;
import nl.aanwezig.school.Pupils;
import nl.aanwezig.security.CurrentUser;
import nl.aanwezig.security.CurrentUsers;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see which request (the pupil's own school's OC: {@link DossierAccess}, audited) and where a request shows
 * on the pupil's timeline (their open case, when they have one).
 */
@Component
class DeviationDossiers {

    static final String ACTION = "DEVIATION";

    private final DeviationRequests requests;
    private final Pupils pupils;
    private final DossierAccess access;
    private final Cases cases;
    private final CaseService caseService;
    private final CurrentUsers users;

    DeviationDossiers(DeviationRequests requests, Pupils pupils, DossierAccess access, Cases cases,
                      CaseService caseService, CurrentUsers users) {
        this.requests = requests;
        this.pupils = pupils;
        this.access = access;
        this.cases = cases;
        this.caseService = caseService;
        this.users = users;
    }

    /** The pupil, when the user may see them; otherwise as unknown (the refusal is audited). */
    Pupil pupil(long pupilId) {
        Pupil pupil = pupils.findById(pupilId).orElseThrow(DeviationNotFound::new);
        CurrentUser user = users.require();
        try {
            access.check(user, pupil, ACTION);
        } catch (AccessDeniedException e) {
            throw new DeviationNotFound();
        }
        if (!pupil.schoolId().equals(user.schoolId())) {
            throw new DeviationNotFound();
        }
        return pupil;
    }

    /** The request, when its pupil is the user's to see. */
    DeviationRequest request(long id) {
        DeviationRequest r = requests.findById(id).orElseThrow(DeviationNotFound::new);
        pupil(r.pupilId());
        return r;
    }

    Long openCase(long pupilId) {
        return cases.findByPupilIdAndStatus(pupilId, PupilCase.Status.OPEN).map(PupilCase::id).orElse(null);
    }

    /** A line on the timeline of the pupil's open case; none without one. */
    void timeline(DeviationRequest r, String messageKey, Object... args) {
        Long caseId = openCase(r.pupilId());
        if (caseId != null) {
            caseService.record(caseId, CaseEventType.DEVIATION, users.require().username(), null, messageKey, args);
        }
    }
}
