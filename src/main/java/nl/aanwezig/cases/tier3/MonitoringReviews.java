package nl.aanwezig.cases.tier3;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import nl.aanwezig.cases.DossierAccess;
import nl.aanwezig.cases.tasks.TaskCompleted;
import nl.aanwezig.school.Pupils;
import nl.aanwezig.security.AccessPolicy;
import nl.aanwezig.security.CurrentUsers;
import nl.aanwezig.security.NeedToKnow;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review date of yellow monitoring. The route waits for it ({@code reviewAt}, bpmn/tier3.bpmn); whichever step
 * sets it (the SAT analysis deciding yellow, a review that continues, a plan's step down) hands it to the route on
 * completing its task, and this keeps the same date for the OC's list and the pupil page.
 */
@Service
public class MonitoringReviews {

    static final String VAR_REVIEW_AT = "reviewAt";

    private final JdbcTemplate jdbc;
    private final CurrentUsers users;
    private final Pupils pupils;
    private final DossierAccess access;
    private final Clock clock;

    MonitoringReviews(JdbcTemplate jdbc, CurrentUsers users, Pupils pupils, DossierAccess access, Clock clock) {
        this.jdbc = jdbc;
        this.users = users;
        this.pupils = pupils;
        this.access = access;
        this.clock = clock;
    }

    /** In the completing form's transaction: the date goes with the task or not at all. */
    @EventListener
    void on(TaskCompleted completed) {
        if (completed.variables().get(VAR_REVIEW_AT) instanceof String at) {
            jdbc.update("""
                    insert into monitoring_review_date (case_id, review_on, set_at) values (?, ?, ?)
                    on conflict (case_id) do update set review_on = excluded.review_on, set_at = excluded.set_at""",
                    completed.caseId(), LocalDate.parse(at), java.sql.Timestamp.from(clock.instant()));
        }
    }

    /** The review date of the pupil's open case while it is in yellow monitoring; for who sees the case's stage. */
    @PreAuthorize("hasAnyRole('MENTOR', 'OC', 'LEERPLICHT', 'JEUGDARTS', 'SWV', 'COACH')")
    @Transactional(readOnly = true)
    public Optional<LocalDate> reviewOf(long pupilId) {
        var pupil = pupils.findById(pupilId);
        if (pupil.isEmpty() || !AccessPolicy.sees(users.require(), access.facts(pupil.get()), NeedToKnow.Part.STAGE)) {
            return Optional.empty();
        }
        return jdbc.query("""
                select r.review_on from monitoring_review_date r join pupil_case c on c.id = r.case_id
                where c.pupil_id = ? and c.status = 'OPEN' and c.stage = 'YELLOW_MONITORING'""",
                (rs, i) -> rs.getObject(1, LocalDate.class), pupilId).stream().findFirst();
    }
}
