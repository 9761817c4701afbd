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
    private final nl.aanwezig.security.StaffAccounts accounts;

    DuoDeadlines(DuoReports reports, CaseService cases, Clock clock, nl.aanwezig.security.StaffAccounts accounts) {
        this.reports = reports;
        this.cases = cases;
        this.clock = clock;
        this.accounts = accounts;
    }

    /**
     * Who gets the task of a report not made in time (issue #21): the school's directie when the school has an active
     * directie account, else its OC group as before. The model's user task takes this group.
     */
    @Transactional(readOnly = true)
    public String escalationGroup(long caseId) {
        return reports.conceptOfCase(caseId)
                .filter(d -> accounts.findByRoleAndSchoolId(nl.aanwezig.security.Role.DIRECTIE, d.schoolId()).stream()
                        .anyMatch(nl.aanwezig.security.StaffAccount::enabled))
                .map(d -> nl.aanwezig.security.Role.DIRECTIE.candidateGroup())
                .orElse(nl.aanwezig.security.Role.OC.candidateGroup());
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

    /** The deadline passed: recorded once; the route gives the school's management ({@link #escalationGroup}) a task. */
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
