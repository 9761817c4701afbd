package nl.aanwezig.legal.duo;

import java.time.Clock;
import nl.aanwezig.base.Messages;
import nl.aanwezig.cases.CaseService;
import nl.aanwezig.cases.timeline.CaseEventType;
import nl.aanwezig.security.CurrentUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The route's deadline steps (bpmn/duo-melding.bpmn): the deadline is near, or passed while the report is still a
 * concept. Each writes once per report, so a redelivered job changes nothing; a report made in time gets neither.
 */
@Component
public class DuoDeadlines {

    private final DuoReports reports;
    private final CaseService cases;
    private final Clock clock;

    DuoDeadlines(DuoReports reports, CaseService cases, Clock clock) {
        this.reports = reports;
        this.cases = cases;
        this.clock = clock;
    }

    /** The deadline is near: a line on the timeline, once. */
    @Transactional
    public void remind(long caseId) {
        reports.conceptOfCase(caseId).ifPresent(d -> {
            if (reports.markDeadline(caseId, "reminded_at", clock.instant())) {
                cases.record(caseId, CaseEventType.SIGNAL, CurrentUser.SYSTEM.username(), "duo-reminder:" + d.id(),
                        "duo.timeline.reminder", Messages.date(d.deadline()));
            }
        });
    }

    /** The deadline passed: recorded once; the route gives the school's management (the OC group) a task. */
    @Transactional
    public void escalate(long caseId) {
        reports.conceptOfCase(caseId).ifPresent(d -> {
            if (reports.markDeadline(caseId, "escalated_at", clock.instant())) {
                cases.record(caseId, CaseEventType.SIGNAL, CurrentUser.SYSTEM.username(), "duo-escalated:" + d.id(),
                        "duo.timeline.escalated", Messages.date(d.deadline()));
            }
        });
    }
}
