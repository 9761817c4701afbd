package nl.aanwezig.chainreview;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.security.AuditLog;
import nl.aanwezig.security.CurrentUser;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The chair records in the meeting how a thuiszitter left the count where the data cannot tell (moved out of the
 * region, another education or care arrangement, back at school, 18), or that they count again. The registration keeps
 * the row with the status and the day; it is never deleted.
 */
@Service
public class ThuiszitterStatuses {

    /** What the chair may record; an exemption and an enrolment come from their own dossiers. */
    public static final Set<Registration.Status> BY_THE_CHAIR = EnumSet.of(Registration.Status.OPEN,
            Registration.Status.BACK_FULL, Registration.Status.OTHER_ARRANGEMENT, Registration.Status.MOVED,
            Registration.Status.AGED_OUT);

    private final JdbcTemplate jdbc;
    private final ChainReviewMeeting meeting;
    private final AuditLog audit;
    private final Clock clock;

    ThuiszitterStatuses(JdbcTemplate jdbc, ChainReviewMeeting meeting, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.meeting = meeting;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public void set(long itemId, Registration.Status status) {
        long reviewId = meeting.reviewOfItem(itemId);
        CurrentUser user = meeting.chair(reviewId, "set a thuiszitter's status");
        if (status == null || !BY_THE_CHAIR.contains(status)) {
            throw new UserFacingException("chainreview.error.status");
        }
        LocalDate today = LocalDate.now(clock);
        int changed = jdbc.update("""
                update thuiszitter t set status = ?, status_on = ? from chain_review_item i
                where i.id = ? and t.subject_id = i.subject_id""", status.name(),
                status == Registration.Status.OPEN ? null : Date.valueOf(today), itemId);
        if (changed == 0) {
            throw new UserFacingException("chainreview.error.notThuiszitter");
        }
        audit.record(user, null, "THUISZITTER_STATUS", true, "item " + itemId + ": " + status);
    }
}
