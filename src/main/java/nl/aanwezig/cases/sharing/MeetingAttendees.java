package nl.aanwezig.cases.sharing;

import java.time.Instant;
import nl.aanwezig.base.Messages;
import nl.aanwezig.cases.CaseService;
import nl.aanwezig.cases.timeline.CaseEventType;
import nl.aanwezig.security.Role;
import org.springframework.stereotype.Component;

/**
 * A partner who sat at the school's casusoverleg (leerplicht, the jeugdarts) and is given a decision there joins the
 * case, so they can read what they are asked to do. Leerplicht's access is statutory; the jeugdarts needs the parents'
 * consent for her role, as with an invitation. The caller (the casusoverleg) checks the OC and the attendance.
 */
@Component
public class MeetingAttendees {

    private final CaseParticipants participants;
    private final Consents consents;
    private final CaseService cases;

    MeetingAttendees(CaseParticipants participants, Consents consents, CaseService cases) {
        this.participants = participants;
        this.consents = consents;
        this.cases = cases;
    }

    /** Whether an attendee of this role may join the case (leerplicht always, a partner with consent for its role). */
    public boolean mayJoin(long caseId, Role role) {
        ParticipantRole r = ParticipantRole.of(role);
        if (r != ParticipantRole.LEERPLICHT && r != ParticipantRole.JEUGDARTS) {
            return false;
        }
        return r.statutory() || consents.current(caseId).map(c -> c.covers(r)).orElse(false);
    }

    /** The attendee joins the case (nothing changes when they take part already); on the case's timeline. */
    public void join(long caseId, String username, String displayName, Role role, String by, Instant now) {
        if (participants.active(caseId, username).isPresent()) {
            return;
        }
        ParticipantRole r = ParticipantRole.of(role);
        participants.invite(caseId, username, r, Messages.nl("sharing.org." + r), by, now);
        cases.record(caseId, CaseEventType.PARTNER_INVITED, by, null, "meeting.timeline.attendeeJoined", displayName);
    }
}
