package nl.aanwezig.legal.duo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.aanwezig.base.Messages;
import nl.aanwezig.base.TimeConfig;
import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.cases.CaseService;
import nl.aanwezig.cases.tasks.TaskItem;
import nl.aanwezig.cases.tasks.TaskService;
import nl.aanwezig.cases.timeline.CaseEventType;
import nl.aanwezig.security.CurrentUser;
import nl.aanwezig.security.CurrentUsers;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The school's side of a report: the OC opens the report task, keeps a concept, makes the report at DUO (which
 * completes the task and hands the report to leerplicht) or withdraws it.
 */
@Service
public class DuoReportService {

    /** Process variable: the report was withdrawn before it was made (the route ends without leerplicht). */
    public static final String WITHDRAWN = "duoWithdrawn";

    private final DuoReports reports;
    private final DuoAccess access;
    private final TaskService tasks;
    private final CaseService cases;
    private final CurrentUsers users;
    private final Clock clock;

    DuoReportService(DuoReports reports, DuoAccess access, TaskService tasks, CaseService cases, CurrentUsers users,
                     Clock clock) {
        this.reports = reports;
        this.access = access;
        this.tasks = tasks;
        this.cases = cases;
        this.users = users;
        this.clock = clock;
    }

    /** The concept behind a report task the user may work on. */
    @PreAuthorize("hasAnyRole('OC')")
    @Transactional(readOnly = true)
    public DuoReport forTask(long taskId) {
        TaskItem task = tasks.open(taskId);
        DuoReport d = reports.conceptOfCase(task.caseId())
                .orElseThrow(() -> new UserFacingException("duo.error.noConcept"));
        access.check(users.require(), d.schoolId(), d.pupilId(), "DUO_REPORT_READ");
        return d;
    }

    /** Keeps what is filled in so far; the task stays open. */
    @PreAuthorize("hasAnyRole('OC')")
    @Transactional
    public void saveConcept(long taskId, DuoReportForm form) {
        DuoReport d = forTask(taskId);
        DuoReportRules.throwIfAny(DuoReportRules.concept(form));
        reports.saveForm(d.id(), clean(form, false));
    }

    /** Made at DUO on {@code form.reportedOn()} under {@code form.duoReference()}: leerplicht follows it up. */
    @PreAuthorize("hasAnyRole('OC')")
    @Transactional
    public void report(long taskId, DuoReportForm form) {
        DuoReport d = forTask(taskId);
        LocalDate previous = reports.latestReported(d.pupilId(), d.id()).map(DuoReport::reportedOn).orElse(null);
        DuoReportRules.reported(form, LocalDate.now(clock.withZone(TimeConfig.SCHOOL_ZONE)), previous);
        reports.saveForm(d.id(), clean(form, true));
        reports.status(d.id(), DuoStatus.GEMELD, null);
        CurrentUser user = users.require();
        cases.record(d.caseId(), CaseEventType.SIGNAL, user.username(), "duo-reported:" + d.id(), "duo.timeline.reported",
                Messages.nl("duo.type." + form.type()), Messages.date(form.reportedOn()), form.duoReference().strip());
        tasks.complete(taskId, "DUO_REPORT", Map.of(WITHDRAWN, false, "ocDecision", "REPORTED"));
    }

    /** Not to be reported after all (the absence was explained): the route ends, leerplicht gets nothing. */
    @PreAuthorize("hasAnyRole('OC')")
    @Transactional
    public void withdraw(long taskId, String why) {
        DuoReport d = forTask(taskId);
        if (why == null || why.isBlank()) {
            throw new UserFacingException("duo.error.withdraw.reason");
        }
        reports.status(d.id(), DuoStatus.INGETROKKEN, clock.instant());
        cases.record(d.caseId(), CaseEventType.SIGNAL, users.require().username(), "duo-withdrawn:" + d.id(),
                "duo.timeline.withdrawn", Messages.nl("duo.type." + d.type()), why.strip());
        tasks.complete(taskId, "DUO_WITHDRAW", Map.of(WITHDRAWN, true));
    }

    /**
     * A school's reports, optionally of one status: for the school's OC all of them, for the leerplicht serving the
     * school only those made at DUO ({@link DuoStatus#sent()}): a concept is the school's own until the OC sends it.
     */
    @PreAuthorize("hasAnyRole('OC', 'LEERPLICHT')")
    @Transactional(readOnly = true)
    public List<DuoReport> ofSchool(long schoolId, DuoStatus status) {
        CurrentUser user = users.require();
        access.check(user, schoolId, null, "DUO_REPORTS_READ");
        List<DuoReport> all = reports.ofSchools(List.of(schoolId), status);
        return DuoAccess.sentOnly(user) ? all.stream().filter(d -> d.status().sent()).toList() : all;
    }

    private static DuoReportForm clean(DuoReportForm f, boolean reported) {
        return new DuoReportForm(f.type(), f.startDate(), f.endDate(), f.hours(), strip(f.lessons()),
                strip(f.reason()), strip(f.schoolActions()), reported ? f.reportedOn() : null,
                reported ? strip(f.duoReference()) : null);
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
