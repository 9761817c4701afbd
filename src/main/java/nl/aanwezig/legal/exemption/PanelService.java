package nl.aanwezig.legal.exemption;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.aanwezig.base.Messages;
import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.base.UserFacingException.Message;
import nl.aanwezig.security.CurrentUser;
import nl.aanwezig.security.CurrentUsers;
import nl.aanwezig.workflow.ExemptionProcess;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review panel (leerplicht, SWV PO, SWV VO, jeugdartsen) twice a year: its agenda lists every exemption of the
 * schools the member serves, with the statement's date and what education is possible; leerplicht records the review.
 */
@Service
public class PanelService {

    private final ExemptionQueries queries;
    private final ExemptionService service;
    private final ExemptionAccess access;
    private final ExemptionTasks tasks;
    private final ExemptionTimeline timeline;
    private final CurrentUsers users;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    PanelService(ExemptionQueries queries, ExemptionService service, ExemptionAccess access, ExemptionTasks tasks,
                 ExemptionTimeline timeline, CurrentUsers users, JdbcTemplate jdbc, Clock clock) {
        this.queries = queries;
        this.service = service;
        this.access = access;
        this.tasks = tasks;
        this.timeline = timeline;
        this.users = users;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Every running or undecided exemption of the schools this panel member serves. */
    @PreAuthorize("hasAnyRole('LEERPLICHT', 'SWV', 'JEUGDARTS')")
    @Transactional(readOnly = true)
    public List<ExemptionRow> agenda() {
        return queries.agenda(users.require().username(), LocalDate.now(clock));
    }

    /**
     * Records the panel's review; the exemption's open review task, if any, is done with it and its route waits for
     * the next review moment.
     */
    @PreAuthorize("hasRole('LEERPLICHT')")
    @Transactional
    public void recordReview(long exemptionId, LocalDate reviewedOn, String conclusion) {
        CurrentUser user = users.require();
        Exemption e = service.find(exemptionId);
        access.checkDecide(user, e.schoolId(), e.pupilId());
        LocalDate today = LocalDate.now(clock);
        List<Message> errors = new ArrayList<>();
        if (e.outcome() != Outcome.GRANTED) {
            errors.add(new Message("exemption.error.review.notGranted"));
        }
        if (reviewedOn == null) {
            errors.add(new Message("exemption.error.reviewedOn.required"));
        } else if (reviewedOn.isAfter(today)) {
            errors.add(new Message("exemption.error.reviewedOn.future"));
        }
        if (conclusion == null || conclusion.isBlank()) {
            errors.add(new Message("exemption.error.conclusion.required"));
        }
        ExemptionRules.orRefuse(errors);
        jdbc.update("""
                insert into exemption_review (exemption_id, reviewed_on, conclusion, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?)""", exemptionId, Date.valueOf(reviewedOn), conclusion.strip(), user.username(),
                Timestamp.from(clock.instant()));
        tasks.openStep(exemptionId, ExemptionProcess.REVIEW).ifPresent(t -> tasks.complete(t, user, Map.of("nextReview",
                ReviewCalendar.timer(ReviewCalendar.nextReview(today.isAfter(reviewedOn) ? today : reviewedOn)))));
        timeline.record(e.pupilId(), user.username(), null, "exemption.timeline.review", Messages.date(reviewedOn));
    }
}
