package nl.aanwezig.review;

import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.security.AuditLog;
import nl.aanwezig.security.CurrentUser;
import nl.aanwezig.security.CurrentUsers;
import nl.aanwezig.security.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The casusoverleg is the OC's own: only an OC of the school itself plans its meetings, reads its agenda and minutes.
 * Every check is audited, refusals too.
 */
@Component
class MeetingAccess {

    private final CurrentUsers users;
    private final AuditLog audit;
    private final Meetings meetings;

    MeetingAccess(CurrentUsers users, AuditLog audit, Meetings meetings) {
        this.users = users;
        this.audit = audit;
        this.meetings = meetings;
    }

    /** The meeting, if it is of the acting OC's school (checked and audited). */
    Meetings.Meeting meeting(long meetingId, String action) {
        Meetings.Meeting m = meetings.find(meetingId)
                .orElseThrow(() -> new UserFacingException("meeting.error.notFound"));
        require(m.schoolId(), action, "meeting " + meetingId);
        return m;
    }

    /** The acting OC, if the school is theirs; otherwise audited and refused. */
    CurrentUser require(long schoolId, String action, String detail) {
        CurrentUser user = users.require();
        boolean allowed = user.is(Role.OC) && user.schoolId() != null && user.schoolId() == schoolId;
        audit.record(user, null, action, allowed, detail);
        if (!allowed) {
            throw new AccessDeniedException("school " + schoolId + " is not the school of " + user.username());
        }
        return user;
    }

    /** The acting OC and their school (no school: refused). */
    CurrentUser requireOwnSchool(String action, String detail) {
        CurrentUser user = users.require();
        if (user.schoolId() == null) {
            audit.record(user, null, action, false, detail);
            throw new AccessDeniedException(user.username() + " has no school");
        }
        return require(user.schoolId(), action, detail);
    }
}
