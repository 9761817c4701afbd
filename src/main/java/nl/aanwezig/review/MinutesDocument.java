package nl.aanwezig.review;

import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.aanwezig.base.Messages;
import nl.aanwezig.base.pdf.PdfDocument;
import nl.aanwezig.school.Schools;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The minutes of a casusoverleg as PDF, in plain Dutch: the meeting, who attended, and per case what was discussed,
 * the decisions and their owners. Only who may open the meeting on screen (an OC of its school, audited) makes it;
 * making it is audited as such. Built from the minutes only: no medical note or M@ZL advice is read.
 */
@Service
@PreAuthorize("hasRole('OC')")
public class MinutesDocument {

    public static final String MADE = "MEETING_MINUTES_PDF";

    private final MeetingService meetings;
    private final MeetingAccess access;
    private final Schools schools;
    private final Clock clock;

    MinutesDocument(MeetingService meetings, MeetingAccess access, Schools schools, Clock clock) {
        this.meetings = meetings;
        this.access = access;
        this.schools = schools;
        this.clock = clock;
    }

    /** Writes the minutes into {@code out}; refused (AccessDeniedException) like the meeting screen. */
    @Transactional(readOnly = true)
    public void pdf(long meetingId, OutputStream out) {
        Meetings.Meeting m = access.meeting(meetingId, MADE);
        MeetingDetails d = meetings.meeting(meetingId);
        String school = schools.findById(m.schoolId()).orElseThrow().name();
        String title = Messages.nl("doc.minutes.title", school, Messages.date(d.date()));
        try (PdfDocument pdf = new PdfDocument(out, title)) {
            pdf.title(title);
            pdf.labelled(Messages.nl("doc.minutes.when"), Messages.nl("doc.minutes.at", Messages.date(d.date()),
                    d.time().toString()));
            pdf.labelled(Messages.nl("doc.minutes.attendees"), d.attendees().isEmpty() ? Messages.nl("doc.none")
                    : String.join(", ", d.attendees().stream().map(MeetingDetails.Attendee::name).toList()));
            if (d.items().isEmpty()) {
                pdf.text(Messages.nl("doc.minutes.noCases"));
            }
            for (MeetingDetails.Item item : d.items()) {
                pdf.heading(Messages.nl("doc.minutes.case", item.pupilName(), item.leerling()));
                pdf.labelled(Messages.nl("doc.minutes.discussion"), item.discussion() == null
                        ? Messages.nl("doc.minutes.notDiscussed") : item.discussion());
                pdf.table(List.of(Messages.nl("doc.minutes.decision"), Messages.nl("doc.minutes.owner"),
                                Messages.nl("doc.minutes.due"), Messages.nl("doc.minutes.done")), new float[] {4, 2, 1.3f, 3},
                        item.decisions().stream().map(x -> List.of(x.description(), x.ownerName(),
                                Messages.date(x.dueOn()), x.doneNote() == null ? "" : x.doneNote())).toList(),
                        Messages.nl("doc.minutes.noDecisions"));
            }
            pdf.small(Messages.nl("doc.footer", Messages.date(LocalDate.now(clock))));
        }
    }
}
