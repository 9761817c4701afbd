package nl.aanwezig.legal.duo;

import java.time.Clock;
import java.time.LocalDate;
import nl.aanwezig.attendance.DuoReportKind;
import nl.aanwezig.attendance.SignalType;
import nl.aanwezig.base.Messages;
import nl.aanwezig.cases.CaseService;
import nl.aanwezig.cases.CaseSignalled;
import nl.aanwezig.cases.timeline.CaseEventType;
import nl.aanwezig.school.Pupil;
import nl.aanwezig.school.Pupils;
import nl.aanwezig.security.CurrentUser;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A DUO signal that reached a case becomes a concept report, in the case's own transaction. A second signal while
 * the case's concept is still to be made joins that concept (the route does the same with its task), so one report
 * is made per task. A report while an earlier one of the pupil is still followed up is its follow-up.
 */
@Component
class DuoReportOpener {

    private final DuoReports reports;
    private final Pupils pupils;
    private final MissedLessons missed;
    private final CaseService cases;
    private final Clock clock;

    DuoReportOpener(DuoReports reports, Pupils pupils, MissedLessons missed, CaseService cases, Clock clock) {
        this.reports = reports;
        this.pupils = pupils;
        this.missed = missed;
        this.cases = cases;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void on(CaseSignalled signalled) {
        DuoReportKind type = SignalType.valueOf(signalled.signalType()).reportKind().orElse(null);
        if (type == null || reports.conceptOfCase(signalled.caseId()).isPresent()) {
            return;
        }
        Pupil pupil = pupils.findById(signalled.pupilId()).orElseThrow();
        LocalDate start = LocalDate.parse((String) signalled.facts().get("startDate"));
        LocalDate end = LocalDate.parse((String) signalled.facts().get("endDate"));
        LocalDate deadline = LocalDate.parse((String) signalled.facts().get("reportDeadline"));
        MissedLessons.Summary summary = missed.between(pupil.id(), pupil.sector(), start, end);
        Long followUpOf = reports.latestOpen(pupil.id()).orElse(null);
        if (reports.insert(signalled.caseId(), pupil.id(), pupil.schoolId(), signalled.signalKey(), type, start, end,
                summary.hours(), summary.lessons(), deadline, followUpOf, clock.instant())) {
            cases.record(signalled.caseId(), CaseEventType.SIGNAL, CurrentUser.SYSTEM.username(),
                    "duo-report:" + signalled.signalKey(), "duo.timeline.concept",
                    Messages.nl("duo.type." + type), Messages.date(deadline));
        }
    }
}
