package nl.aanwezig.legal.exemption;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.aanwezig.base.Messages;
import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.security.CurrentUser;
import nl.aanwezig.security.CurrentUsers;
import nl.aanwezig.workflow.ExemptionProcess;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of an exemption's route done from the inbox: the jeugdarts writes the statement, leerplicht decides,
 * and handles the renewal and the end of the period. Each completes its task in the form's transaction.
 */
@Service
public class ExemptionSteps {

    /** A task with the dossier it belongs to. */
    public record TaskContext(ExemptionTask task, ExemptionDetails details) {
    }

    private final ExemptionTasks tasks;
    private final ExemptionService service;
    private final Exemptions exemptions;
    private final MedicalGrounds medical;
    private final ExemptionAccess access;
    private final ExemptionTimeline timeline;
    private final DecisionHistory history;
    private final CurrentUsers users;
    private final Clock clock;

    ExemptionSteps(ExemptionTasks tasks, ExemptionService service, Exemptions exemptions, MedicalGrounds medical,
                   ExemptionAccess access, ExemptionTimeline timeline, DecisionHistory history, CurrentUsers users,
                   Clock clock) {
        this.tasks = tasks;
        this.service = service;
        this.exemptions = exemptions;
        this.medical = medical;
        this.access = access;
        this.timeline = timeline;
        this.history = history;
        this.users = users;
        this.clock = clock;
    }

    /** The user's task with its dossier; someone else's task is refused. */
    @PreAuthorize("hasAnyRole('LEERPLICHT', 'JEUGDARTS')")
    @Transactional
    public TaskContext openTask(long taskId) {
        ExemptionTask task = tasks.mine(taskId, users.require());
        return new TaskContext(task, service.open(task.exemptionId()));
    }

    /** The jeugdarts's open statement tasks ("verklaringen te schrijven"). */
    @PreAuthorize("hasRole('JEUGDARTS')")
    @Transactional(readOnly = true)
    public List<nl.aanwezig.cases.tasks.TaskItem> statementsToWrite() {
        return tasks.openTasks(users.require()).stream()
                .filter(t -> ExemptionProcess.FORM_EXEMPTION_STATEMENT.equals(t.form())).toList();
    }

    /** The jeugdarts's statement: its medical part is stored apart, the rest is what the panel reads. */
    @PreAuthorize("hasRole('JEUGDARTS')")
    @Transactional
    public void writeStatement(long taskId, Statement statement, String medicalGrounds) {
        CurrentUser user = users.require();
        ExemptionTask task = openMine(taskId, user);
        Exemption e = service.find(task.exemptionId());
        access.checkMedical(user, e);
        List<UserFacingException.Message> errors = new java.util.ArrayList<>(
                ExemptionRules.statement(statement, e.noticeDate(), LocalDate.now(clock)));
        if (medicalGrounds == null || medicalGrounds.isBlank()) {
            errors.add(new UserFacingException.Message("exemption.error.medical.required"));
        }
        ExemptionRules.orRefuse(errors);
        exemptions.saveStatement(e.id(), statement);
        medical.save(e.id(), medicalGrounds, user.username(), clock.instant());
        tasks.complete(task, user, Map.of());
        timeline.record(e.pupilId(), user.username(), "exemption-statement:" + e.id(), "exemption.timeline.statement",
                Messages.date(statement.statementDate()));
    }

    /** Leerplicht's outcome; a granted exemption's route then waits for its review moments, renewal and end. */
    @PreAuthorize("hasRole('LEERPLICHT')")
    @Transactional
    public void decide(long taskId, Decision d) {
        CurrentUser user = users.require();
        ExemptionTask task = openMine(taskId, user);
        Exemption e = service.find(task.exemptionId());
        access.checkDecide(user, e.schoolId(), e.pupilId());
        ExemptionRules.orRefuse(ExemptionRules.decision(d, e, LocalDate.now(clock)));
        exemptions.saveDecision(e.id(), d, user.username());
        history.add(e.id(), d, user.username(), clock.instant(), false);
        tasks.complete(task, user, routeVariables(d));
        timeline.record(e.pupilId(), user.username(), "exemption-decision:" + e.id(),
                d.isGranted() ? "exemption.timeline.granted" : "exemption.timeline.refused",
                d.isGranted() ? Messages.date(d.validFrom()) : "", d.isGranted() ? Messages.date(d.validTo()) : "");
    }

    /** The decision's rules without saving anything: the form asks for confirmation only of a decision that holds. */
    @PreAuthorize("hasRole('LEERPLICHT')")
    @Transactional(readOnly = true)
    public void checkDecision(long taskId, Decision d) {
        CurrentUser user = users.require();
        Exemption e = service.find(openMine(taskId, user).exemptionId());
        access.checkDecide(user, e.schoolId(), e.pupilId());
        ExemptionRules.orRefuse(ExemptionRules.decision(d, e, LocalDate.now(clock)));
    }

    /** The renewal reminder or the end of the period, handled. */
    @PreAuthorize("hasRole('LEERPLICHT')")
    @Transactional
    public void handled(long taskId) {
        CurrentUser user = users.require();
        ExemptionTask task = openMine(taskId, user);
        Exemption e = service.find(task.exemptionId());
        access.checkDecide(user, e.schoolId(), e.pupilId());
        tasks.complete(task, user, Map.of());
    }

    /** What the route waits for after a decision: the timers' dates (see bpmn/vrijstelling.bpmn). */
    static Map<String, Object> routeVariables(Decision d) {
        Map<String, Object> vars = new LinkedHashMap<>();
        vars.put(ExemptionProcess.VAR_GRANTED, d.isGranted());
        if (d.isGranted()) {
            vars.put("nextReview", ReviewCalendar.timer(ReviewCalendar.nextReview(d.validFrom())));
            vars.put("renewalNeeded", ReviewCalendar.renewalNeeded(d.periodKind(), d.validFrom(), d.validTo()));
            vars.put("renewalReminderAt", ReviewCalendar.timer(ReviewCalendar.renewalReminder(d.validTo())));
            vars.put("renewalDeadline", ReviewCalendar.renewalDeadline(d.validTo()).toString());
            vars.put("periodEndsAt", ReviewCalendar.periodEnd(d.validTo()));
        }
        return vars;
    }

    private ExemptionTask openMine(long taskId, CurrentUser user) {
        ExemptionTask task = tasks.mine(taskId, user);
        if (!task.open()) {
            throw new UserFacingException("exemption.error.task.done");
        }
        return task;
    }
}
