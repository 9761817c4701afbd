package nl.aanwezig.review;

import java.time.LocalDate;
import java.util.List;
import nl.aanwezig.school.School;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The suggested agenda of a casusoverleg: cases newly in orange or red (since the school's previous meeting, or the
 * last six weeks when there was none), evaluations due up to a week after the meeting (overdue ones first), and cases
 * whose attendance clearly worsens. Each suggestion says why.
 */
@Service
public class AgendaService {

    static final String ACTION = "MEETING_AGENDA_READ";

    private final SuggestedAgenda suggested;
    private final MeetingAccess access;

    AgendaService(SuggestedAgenda suggested, MeetingAccess access) {
        this.suggested = suggested;
        this.access = access;
    }

    /** The suggested agenda of a meeting of {@code school} on {@code date}, for an OC of that school. */
    @PreAuthorize("hasRole('OC')")
    @Transactional(readOnly = true)
    public List<AgendaSuggestion> agenda(School school, LocalDate date) {
        access.require(school.id(), ACTION, school.brin() + " " + date);
        return suggested.suggest(school.id(), date);
    }
}
