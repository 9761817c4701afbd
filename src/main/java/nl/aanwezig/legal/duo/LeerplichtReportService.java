package nl.aanwezig.legal.duo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.aanwezig.base.Messages;
import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.cases.CaseService;
import nl.aanwezig.cases.tasks.TaskItem;
import nl.aanwezig.cases.tasks.TaskService;
import nl.aanwezig.cases.timeline.CaseEventType;
import nl.aanwezig.security.CurrentUser;
import nl.aanwezig.security.CurrentUsers;
import nl.aanwezig.workflow.DuoProcess;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Leerplicht's side: the reports of the schools they serve, their actions on one, and closing it. */
@Service
public class LeerplichtReportService {

    /** How far ahead an action may be planned. */
    public static final int MAX_DAYS_AHEAD = 365;

    private final DuoReports reports;
    private final DuoAccess access;
    private final TaskService tasks;
    private final CaseService cases;
    private final CurrentUsers users;
    private final Clock clock;
    private final nl.aanwezig.school.Schools schools;

    LeerplichtReportService(DuoReports reports, DuoAccess access, TaskService tasks, CaseService cases,
                            CurrentUsers users, Clock clock, nl.aanwezig.school.Schools schools) {
        this.reports = reports;
        this.access = access;
        this.tasks = tasks;
        this.cases = cases;
        this.users = users;
        this.clock = clock;
        this.schools = schools;
    }

    /** Issue #21: the names of the schools the user serves, by school id (a report shows the name, not the BRIN). */
    @PreAuthorize("hasAnyRole('LEERPLICHT')")
    @Transactional(readOnly = true)
    public Map<Long, String> schoolNames() {
        return schools.findAllById(access.schoolsOf(users.require())).stream()
                .collect(java.util.stream.Collectors.toMap(nl.aanwezig.school.School::id, nl.aanwezig.school.School::name));
    }

    /** A report with what leerplicht did with it. */
    public record Opened(DuoReport report, List<DuoActionEntry> actions) {
    }

    /**
     * The reports of every school the user serves, made at DUO only ({@link DuoStatus#sent()}: concepts and reports
     * withdrawn before they were made are the school's own and not listed).
     */
    @PreAuthorize("hasAnyRole('LEERPLICHT')")
    @Transactional(readOnly = true)
    public List<DuoReport> inbox(DuoStatus status) {
        CurrentUser user = users.require();
        List<Long> schools = access.schoolsOf(user);
        return reports.ofSchools(schools, status).stream().filter(r -> r.status().sent()).toList();
    }

    @PreAuthorize("hasAnyRole('LEERPLICHT', 'OC')")
    @Transactional(readOnly = true)
    public Opened open(long reportId) {
        DuoReport d = visible(reportId, "DUO_REPORT_READ");
        return new Opened(d, reports.actions(d.id()));
    }

    /** The report behind leerplicht's follow-up task. */
    @PreAuthorize("hasAnyRole('LEERPLICHT')")
    @Transactional(readOnly = true)
    public Opened forTask(long taskId) {
        TaskItem task = tasks.open(taskId);
        DuoReport d = reports.latestReportedOfCase(task.caseId())
                .orElseThrow(() -> new UserFacingException("duo.error.notFound"));
        return open(d.id());
    }

    /**
     * A conversation, summons, Halt, referral or proces-verbaal: done when its date is today or past, planned when it
     * lies ahead (at most {@value #MAX_DAYS_AHEAD} days); the first one puts the report in behandeling.
     */
    @PreAuthorize("hasAnyRole('LEERPLICHT')")
    @Transactional
    public void recordAction(long reportId, LeerplichtAction kind, LocalDate on, String note) {
        DuoReport d = workable(reportId);
        LocalDate today = LocalDate.now(clock);
        if (kind == null) {
            throw new UserFacingException("duo.error.action.kind");
        }
        if (on == null) {
            throw new UserFacingException("duo.error.action.date");
        }
        if (on.isAfter(today.plusDays(MAX_DAYS_AHEAD))) {
            throw new UserFacingException("duo.error.action.farAhead", MAX_DAYS_AHEAD);
        }
        if (note == null || note.isBlank() || note.length() > DuoReportRules.MAX_TEXT) {
            throw new UserFacingException("duo.error.action.note", DuoReportRules.MAX_TEXT);
        }
        CurrentUser user = users.require();
        boolean planned = on.isAfter(today);
        reports.addAction(d.id(), kind, on, note.strip(), user.username(), clock.instant(),
                planned ? ActionStatus.GEPLAND : ActionStatus.UITGEVOERD);
        if (d.status() == DuoStatus.GEMELD) {
            reports.status(d.id(), DuoStatus.IN_BEHANDELING, null);
        }
        cases.record(d.caseId(), CaseEventType.SIGNAL, user.username(), null,
                planned ? "duo.timeline.planned" : "duo.timeline.action",
                Messages.nl("duo.action." + kind), Messages.date(on), note.strip());
    }

    /** A planned action done today; one not planned (any more) is refused. */
    @PreAuthorize("hasAnyRole('LEERPLICHT')")
    @Transactional
    public void actionDone(long actionId) {
        long reportId = reports.reportOfAction(actionId).orElseThrow(() -> new UserFacingException("duo.error.notFound"));
        DuoReport d = workable(reportId);
        DuoActionEntry a = reports.actions(d.id()).stream().filter(x -> x.id() == actionId).findFirst().orElseThrow();
        LocalDate today = LocalDate.now(clock);
        if (a.status() != ActionStatus.GEPLAND || !reports.actionDone(actionId, today, clock.instant())) {
            throw new UserFacingException("duo.error.action.notPlanned");
        }
        cases.record(d.caseId(), CaseEventType.SIGNAL, users.require().username(), null, "duo.timeline.action",
                Messages.nl("duo.action." + a.kind()), Messages.date(today), a.note());
    }

    /** Afgesloten or ter kennisgeving aangenomen: the route's leerplicht task is done with it. */
    @PreAuthorize("hasAnyRole('LEERPLICHT')")
    @Transactional
    public void close(long reportId, DuoStatus outcome) {
        DuoReport d = workable(reportId);
        if (outcome == null || !outcome.closing()) {
            throw new UserFacingException("duo.error.close.outcome");
        }
        CurrentUser user = users.require();
        reports.status(d.id(), outcome, clock.instant());
        cases.record(d.caseId(), CaseEventType.SIGNAL, user.username(), "duo-closed:" + d.id(), "duo.timeline.closed",
                Messages.nl("duo.type." + d.type()), Messages.nl("duo.status." + outcome));
        for (TaskItem t : tasks.inbox()) {
            if (t.caseId() == d.caseId() && DuoProcess.FOLLOW_UP.equals(t.elementId())) {
                tasks.complete(t.taskId(), "DUO_CLOSE", Map.of("duoOutcome", outcome.name()));
                break;
            }
        }
    }

    private DuoReport visible(long reportId, String action) {
        DuoReport d = reports.find(reportId).orElseThrow(() -> new UserFacingException("duo.error.notFound"));
        access.check(users.require(), d, action);
        return d;
    }

    private DuoReport workable(long reportId) {
        DuoReport d = visible(reportId, "DUO_REPORT_WRITE");
        if (!d.status().open()) {
            throw new UserFacingException("duo.error.notOpen", Messages.nl("duo.status." + d.status()));
        }
        return d;
    }
}
