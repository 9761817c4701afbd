package nl.aanwezig.review;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.aanwezig.base.DisplayNames;
import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.cases.CaseStage;
import nl.aanwezig.cases.family.FamilyRequests;
import nl.aanwezig.security.CurrentUser;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The OC plans the school's casusoverleg and sets its agenda: suggested cases accepted or declined, any open case of
 * the school added. Only an OC of the meeting's own school reaches any of it (the minutes of every case are in it).
 */
@Service
@PreAuthorize("hasRole('OC')")
public class MeetingService {

    static final String READ = "MEETING_READ";
    static final String WRITE = "MEETING_WRITE";

    private final Meetings meetings;
    private final Decisions decisions;
    private final SuggestedAgenda agenda;
    private final MeetingAccess access;
    private final FamilyRequests family;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final DisplayNames names;

    MeetingService(Meetings meetings, Decisions decisions, SuggestedAgenda agenda, MeetingAccess access,
                   FamilyRequests family, JdbcTemplate jdbc, Clock clock, DisplayNames names) {
        this.family = family;
        this.names = names;
        this.meetings = meetings;
        this.decisions = decisions;
        this.agenda = agenda;
        this.access = access;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A row of the meeting list. */
    public record MeetingSummary(long id, LocalDate date, LocalTime time, int cases) {
    }

    /** An open case of the school that the OC may add to the agenda. */
    public record CaseChoice(long caseId, String leerling, String pupilName, CaseStage stage) {
    }

    /** Plans a meeting of the OC's own school; returns its id. */
    @Transactional
    public long plan(MeetingForm form) {
        CurrentUser oc = access.requireOwnSchool(WRITE, "plan");
        var errors = form.validate();
        if (!errors.isEmpty()) {
            throw new UserFacingException(errors);
        }
        Set<String> staffOfSchool = staffOf(oc.schoolId()).stream().map(StaffChoice::username).collect(Collectors.toSet());
        if (!staffOfSchool.containsAll(form.staff())) {
            throw new UserFacingException("meeting.error.staff.unknown");
        }
        long id = meetings.insert(oc.schoolId(), form.date(), form.time(), oc.username(), clock.instant());
        int position = 0;
        for (String username : form.staff().stream().sorted().toList()) {
            meetings.addAttendee(id, position++, username, null);
        }
        for (String name : form.externalNames()) {
            meetings.addAttendee(id, position++, null, name);
        }
        return id;
    }

    @Transactional(readOnly = true)
    public List<MeetingSummary> meetings() {
        CurrentUser oc = access.requireOwnSchool(READ, "list");
        return meetings.ofSchool(oc.schoolId()).stream()
                .map(m -> new MeetingSummary(m.id(), m.date(), m.time(), m.items())).toList();
    }

    /** Who may attend from an account: the school's mentors and OCs, and the leerplicht and jeugdarts serving it. */
    @Transactional(readOnly = true)
    public List<StaffChoice> staff() {
        return staffOf(access.requireOwnSchool(READ, "staff").schoolId());
    }

    private List<StaffChoice> staffOf(long schoolId) {
        return jdbc.query("""
                select username, display_name from staff_account
                where enabled and ((school_id = ? and role in ('MENTOR', 'OC'))
                    or (role in ('LEERPLICHT', 'JEUGDARTS') and username in (
                        select username from school_partner where school_id = ?)))
                order by display_name""",
                (rs, i) -> new StaffChoice(rs.getString(1), rs.getString(2)), schoolId, schoolId);
    }

    /** The meeting with its agenda, minutes, decisions and the suggestions not yet accepted or declined. */
    @Transactional(readOnly = true)
    public MeetingDetails meeting(long meetingId) {
        Meetings.Meeting m = mine(meetingId, READ);
        List<Meetings.ItemRow> rows = meetings.items(meetingId);
        Set<Long> handled = rows.stream().map(Meetings.ItemRow::caseId).collect(Collectors.toSet());
        var byItem = decisions.ofMeeting(meetingId).stream().collect(Collectors.groupingBy(
                Decisions.ItemDecision::itemId, Collectors.mapping(Decisions.ItemDecision::decision, Collectors.toList())));
        List<MeetingDetails.Item> items = rows.stream().filter(Meetings.ItemRow::onAgenda)
                .map(r -> new MeetingDetails.Item(r.id(), r.caseId(), r.pupilId(), r.leerling(), r.pupilName(), r.stage(),
                        r.reasons(), r.discussion(), r.version(), r.savedBy() == null ? null : names.of(r.savedBy()), r.savedAt(),
                        byItem.getOrDefault(r.id(), List.of()))).toList();
        List<AgendaSuggestion> suggestions = agenda.suggest(m.schoolId(), m.date()).stream()
                .filter(s -> !handled.contains(s.caseId())).toList();
        return new MeetingDetails(m.id(), m.date(), m.time(), meetings.attendees(meetingId), items, suggestions);
    }

    /** Open cases of the school not on the agenda yet, to add by hand. */
    @Transactional(readOnly = true)
    public List<CaseChoice> openCases(long meetingId) {
        Meetings.Meeting m = mine(meetingId, READ);
        return jdbc.query("""
                select c.id, p.leerling, p.first_name || ' ' || p.last_name, c.stage
                from pupil_case c join pupil p on p.id = c.pupil_id
                where c.school_id = ? and c.status = 'OPEN' and not exists (
                    select 1 from meeting_item i where i.meeting_id = ? and i.case_id = c.id and i.state = 'AGENDA')
                order by p.last_name, p.first_name""", (rs, i) -> new CaseChoice(rs.getLong(1), rs.getString(2),
                rs.getString(3), CaseStage.valueOf(rs.getString(4))), m.schoolId(), meetingId);
    }

    /**
     * Puts a case on the agenda: a suggestion accepted (with its reasons) or any open case of the school; the family is
     * asked for their view before the meeting, once per meeting (in this same transaction).
     */
    @Transactional
    public void putOnAgenda(long meetingId, long caseId, List<Reason> reasons) {
        Meetings.Meeting m = mine(meetingId, WRITE);
        if (!meetings.openCaseOfSchool(caseId, m.schoolId())) {
            throw new UserFacingException("meeting.error.case.notOpen");
        }
        meetings.putOnAgenda(meetingId, caseId, reasons == null ? List.of() : reasons);
        family.ask(caseId, FamilyRequests.Kind.VIEW, FamilyRequests.Occasion.CASUSOVERLEG, m.date(),
                "meeting:" + meetingId + ":" + caseId);
    }

    /** Declines a suggestion or takes a case off the agenda; a case whose minutes were saved stays on it. */
    @Transactional
    public void takeOff(long meetingId, long caseId) {
        mine(meetingId, WRITE);
        if (!meetings.takeOff(meetingId, caseId)) {
            throw new UserFacingException("meeting.error.case.discussed");
        }
    }

    private Meetings.Meeting mine(long meetingId, String action) {
        return access.meeting(meetingId, action);
    }
}
