package nl.aanwezig.review;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.aanwezig.base.DisplayNames;
import nl.aanwezig.base.Messages;
import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.cases.CaseService;
import nl.aanwezig.cases.DossierAccess;
import nl.aanwezig.cases.timeline.CaseEventType;
import nl.aanwezig.school.Pupil;
import nl.aanwezig.school.Pupils;
import nl.aanwezig.security.AccessPolicy;
import nl.aanwezig.security.CurrentUser;
import nl.aanwezig.security.CurrentUsers;
import nl.aanwezig.security.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The minutes of one case in a meeting, with its decisions. They land on that case's own timeline and nowhere else;
 * each decision becomes a task for its owner. All of it commits together or not at all, and a save over minutes
 * someone else saved meanwhile is refused, never silently overwritten.
 */
@Service
public class MinutesService {

    private final Meetings meetings;
    private final Decisions decisions;
    private final MeetingAccess access;
    private final CaseService cases;
    private final DossierAccess dossierAccess;
    private final Pupils pupils;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;
    private final CurrentUsers users;
    private final DisplayNames names;
    private final PartnerAttendees attendees;

    MinutesService(Meetings meetings, Decisions decisions, MeetingAccess access, CaseService cases,
                   DossierAccess dossierAccess, Pupils pupils, JdbcTemplate jdbc, ApplicationEventPublisher publisher,
                   Clock clock, CurrentUsers users, DisplayNames names, PartnerAttendees attendees) {
        this.attendees = attendees;
        this.users = users;
        this.names = names;
        this.meetings = meetings;
        this.decisions = decisions;
        this.access = access;
        this.cases = cases;
        this.dossierAccess = dossierAccess;
        this.pupils = pupils;
        this.jdbc = jdbc;
        this.publisher = publisher;
        this.clock = clock;
    }

    /**
     * Who may own a decision of this item's case: staff of the school and partners who joined the case, as far as
     * they can open its dossier (an owner must be able to read what they are asked to do), and leerplicht or the
     * jeugdarts who attended the meeting and may join the case (they join it with the decision).
     */
    @PreAuthorize("hasRole('OC')")
    @Transactional(readOnly = true)
    public List<StaffChoice> owners(long itemId) {
        Meetings.ItemRow item = found(itemId);
        access.meeting(item.meetingId(), MeetingService.READ);
        return ownersOf(item);
    }

    /**
     * Saves the minutes and the new decisions of one case, once the meeting's day has come. {@code version} is the item's version the screen read;
     * when someone saved in between, nothing is saved and the message says so (the screen keeps the text).
     *
     * @return the item's new version
     */
    @PreAuthorize("hasRole('OC')")
    @Transactional
    public long save(long itemId, long version, MinutesForm form) {
        Meetings.ItemRow item = found(itemId);
        Meetings.Meeting meeting = access.meeting(item.meetingId(), MeetingService.WRITE);
        Set<String> owners = ownersOf(item).stream().map(StaffChoice::username).collect(Collectors.toSet());
        if (meeting.date().isAfter(LocalDate.now(clock))) {
            throw new UserFacingException("meeting.error.minutes.future", Messages.date(meeting.date()));
        }
        var errors = form.validate(meeting.date(), owners);
        if (!errors.isEmpty()) {
            throw new UserFacingException(errors);
        }
        if (!form.filledIn().isEmpty() && !meetings.openCaseOfSchool(item.caseId(), meeting.schoolId())) {
            // a closed case has no routes any more: a decision would be a task on nothing
            throw new UserFacingException("meeting.error.case.closed");
        }
        CurrentUser oc = users.require();
        if (!meetings.saveDiscussion(itemId, version, form.discussion().strip(), oc.username(), clock.instant())) {
            throw new UserFacingException("meeting.error.concurrent");
        }
        long newVersion = version + 1;
        cases.record(item.caseId(), CaseEventType.MEETING_MINUTES, oc.username(),
                "meeting-minutes:" + itemId + ":" + newVersion, "meeting.timeline.minutes", Messages.date(meeting.date()),
                form.discussion().strip());
        form.filledIn().forEach(d -> decide(item, meeting, d, oc));
        return newVersion;
    }

    /** One decision: recorded, on the case's timeline, and (through the event) a task for its owner. */
    private void decide(Meetings.ItemRow item, Meetings.Meeting meeting, MinutesForm.DecisionForm d, CurrentUser oc) {
        String what = d.description().strip();
        attendees.joinIfPartner(item, d.owner(), oc.username(), clock.instant());
        long id = decisions.insert(item.id(), item.caseId(), what, d.owner(), d.dueOn(), oc.username(), clock.instant());
        cases.record(item.caseId(), CaseEventType.MEETING_DECISION, oc.username(), "meeting-decision:" + id,
                "meeting.timeline.decision", Messages.date(meeting.date()), what, names.of(d.owner()),
                Messages.date(d.dueOn()));
        publisher.publishEvent(new MeetingDecisionTaken(item.caseId(), item.pupilId(), meeting.schoolId(), id,
                d.owner(), d.dueOn()));
    }

    private Meetings.ItemRow found(long itemId) {
        return meetings.item(itemId).filter(Meetings.ItemRow::onAgenda)
                .orElseThrow(() -> new UserFacingException("meeting.error.notFound"));
    }

    private List<StaffChoice> ownersOf(Meetings.ItemRow item) {
        Pupil pupil = pupils.findById(item.pupilId()).orElseThrow();
        var facts = dossierAccess.facts(pupil);
        List<StaffChoice> owners = new ArrayList<>(jdbc.query("""
                select username, display_name, role, school_id from staff_account
                where enabled and ((school_id = ? and role in ('MENTOR', 'OC'))
                    or username in (select username from case_participant where case_id = ?))
                order by display_name""", (rs, i) -> new CurrentUser(rs.getString(1), rs.getString(2),
                Role.valueOf(rs.getString(3)), rs.getObject(4) == null ? null : rs.getLong(4)),
                pupil.schoolId(), item.caseId()).stream()
                .filter(u -> AccessPolicy.mayOpen(u, facts))
                .map(u -> new StaffChoice(u.username(), u.displayName())).toList());
        // leerplicht or the jeugdarts who sat at the meeting: they join the case when given a decision
        attendees.partners(item).stream().filter(p -> owners.stream().noneMatch(o -> o.username().equals(p.username())))
                .forEach(owners::add);
        owners.sort(Comparator.comparing(StaffChoice::displayName));
        return owners;
    }
}
