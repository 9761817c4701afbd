package nl.aanwezig.review;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.aanwezig.cases.sharing.MeetingAttendees;
import nl.aanwezig.security.Role;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Leerplicht and the jeugdarts who attended a meeting with their account: they may own a decision of a case on its
 * agenda when they may join that case (leerplicht always, the jeugdarts with the parents' consent).
 */
@Component
class PartnerAttendees {

    private final JdbcTemplate jdbc;
    private final MeetingAttendees sharing;

    PartnerAttendees(JdbcTemplate jdbc, MeetingAttendees sharing) {
        this.jdbc = jdbc;
        this.sharing = sharing;
    }

    private record Partner(String username, String displayName, Role role) {
    }

    /** The partner attendees of the item's meeting who may join the item's case. */
    List<StaffChoice> partners(Meetings.ItemRow item) {
        return of(item).stream().filter(p -> sharing.mayJoin(item.caseId(), p.role()))
                .map(p -> new StaffChoice(p.username(), p.displayName())).toList();
    }

    /** The owner joins the case when they are a partner attendee (and not taking part yet). */
    void joinIfPartner(Meetings.ItemRow item, String owner, String by, Instant now) {
        Optional<Partner> partner = of(item).stream().filter(p -> p.username().equals(owner)).findFirst();
        partner.filter(p -> sharing.mayJoin(item.caseId(), p.role()))
                .ifPresent(p -> sharing.join(item.caseId(), p.username(), p.displayName(), p.role(), by, now));
    }

    private List<Partner> of(Meetings.ItemRow item) {
        return jdbc.query("""
                select s.username, s.display_name, s.role from meeting_attendee a
                join staff_account s on s.username = a.username
                where a.meeting_id = ? and s.enabled and s.role in ('LEERPLICHT', 'JEUGDARTS')""",
                (rs, i) -> new Partner(rs.getString(1), rs.getString(2), Role.valueOf(rs.getString(3))), item.meetingId());
    }
}
