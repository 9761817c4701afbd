package nl.aanwezig.cases;

import java.time.Clock;
import java.time.LocalDate;
import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.cases.timeline.CaseEventType;
import nl.aanwezig.cases.timeline.Timeline;
import nl.aanwezig.school.Pupil;
import nl.aanwezig.school.Pupils;
import nl.aanwezig.security.CurrentUser;
import nl.aanwezig.security.CurrentUsers;
import nl.aanwezig.security.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case started without a signal: a worried parent calls, a mentor sees something. The mentor (own pupils) or the
 * OC (own school) gives the reason; the case opens as a first empty chair would open it ({@link CaseOpened}), so the
 * same route (bpmn/lege-stoel.bpmn) gives the mentor the conversation task. With a case already open, the report goes
 * on its timeline and the route that runs goes on. Once per pupil, kind and day; audited.
 */
@Service
public class CaseStarts {

    /** What the user starts. */
    public enum Kind { CONCERN, CONVERSATION }

    static final int MAX_REASON = 2000;

    private final Cases cases;
    private final Pupils pupils;
    private final Timeline timeline;
    private final DossierAccess access;
    private final CurrentUsers users;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    CaseStarts(Cases cases, Pupils pupils, Timeline timeline, DossierAccess access, CurrentUsers users,
               ApplicationEventPublisher publisher, Clock clock) {
        this.cases = cases;
        this.pupils = pupils;
        this.timeline = timeline;
        this.access = access;
        this.users = users;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** Starts (or reports on) the pupil's case; returns whether a new case was opened. */
    @PreAuthorize("hasAnyRole('MENTOR', 'OC')")
    @Transactional
    public boolean start(long pupilId, Kind kind, String reason) {
        CurrentUser user = users.require();
        Pupil pupil = pupils.findById(pupilId).orElseThrow(() -> new UserFacingException("pupil.error.notFound"));
        access.check(user, pupil, "CASE_START_" + kind);
        if (user.role() == Role.MENTOR && !user.username().equals(pupil.mentor())) {
            throw new AccessDeniedException("a mentor starts a case for their own pupils only");
        }
        if (kind == null) {
            throw new UserFacingException("p2.start.error.kind");
        }
        if (reason == null || reason.isBlank()) {
            throw new UserFacingException("p2.start.error.reason");
        }
        if (reason.length() > MAX_REASON) {
            throw new UserFacingException("p2.start.error.reasonTooLong", MAX_REASON);
        }
        String key = "start:" + kind + ":" + pupil.id() + ":" + LocalDate.now(clock);
        if (timeline.has(key)) {
            return false;
        }
        PupilCase open = cases.findByPupilIdAndStatus(pupil.id(), PupilCase.Status.OPEN).orElse(null);
        boolean isNew = open == null;
        if (isNew) {
            open = cases.save(PupilCase.open(pupil.id(), pupil.schoolId(), CaseStage.MENTOR_CONTACT, clock.instant()));
            timeline.add(open.id(), CaseEventType.CASE_OPENED, user.username(), null, "timeline.caseOpened");
        }
        timeline.add(open.id(), CaseEventType.SIGNAL, user.username(), key, "p2.start.timeline." + kind, reason.strip());
        if (isNew) {
            publisher.publishEvent(new CaseOpened(open.id(), pupil.id(), pupil.schoolId(), pupil.mentor()));
        }
        return isNew;
    }
}
