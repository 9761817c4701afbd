package nl.aanwezig.cases.tier3;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.aanwezig.base.Messages;
import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.cases.CaseFigures;
import nl.aanwezig.cases.Cases;
import nl.aanwezig.cases.PupilCase;
import nl.aanwezig.cases.tasks.CaseTask;
import nl.aanwezig.cases.tasks.TaskService;
import nl.aanwezig.cases.tier3.Tier3Decisions.Arrangement;
import nl.aanwezig.cases.timeline.CaseEventType;
import nl.aanwezig.cases.timeline.Timeline;
import nl.aanwezig.security.CurrentUser;
import nl.aanwezig.security.CurrentUsers;
import nl.aanwezig.workflow.Tier3Process;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The red care-education arrangement: recorded by the regievoerder when the plan escalates, evaluated at its own
 * interval, and ended only by a decision: back to the orange plan, or closed.
 */
@Service
public class ArrangementService {

    private final TaskService taskService;
    private final Cases cases;
    private final CareArrangements arrangements;
    private final SupportPlans plans;
    private final Tier3Records records;
    private final Timeline timeline;
    private final CurrentUsers users;
    private final CaseFigures figures;
    private final Clock clock;

    ArrangementService(TaskService taskService, Cases cases, CareArrangements arrangements, SupportPlans plans,
                       Tier3Records records, Timeline timeline, CurrentUsers users, CaseFigures figures,
                       Clock clock) {
        this.taskService = taskService;
        this.cases = cases;
        this.arrangements = arrangements;
        this.plans = plans;
        this.records = records;
        this.timeline = timeline;
        this.users = users;
        this.figures = figures;
        this.clock = clock;
    }

    @PreAuthorize("hasAnyRole('MENTOR', 'OC', 'LEERPLICHT', 'JEUGDARTS', 'SWV', 'COACH')")
    @Transactional
    public long record(long taskId, ArrangementForm form) {
        CurrentUser user = users.require();
        CaseTask task = taskService.openForWork(taskId, user, "ARRANGEMENT_RECORD");
        SatService.requireForm(task, Tier3Process.FORM_ARRANGEMENT);
        var errors = form.validate(LocalDate.now(clock));
        if (!errors.isEmpty()) {
            throw new UserFacingException(errors);
        }
        PupilCase c = cases.findById(task.caseId()).orElseThrow();
        if (arrangements.findByCaseIdAndStatus(c.id(), CareArrangement.Status.ACTIVE).isPresent()) {
            throw new UserFacingException("tier3.error.arrangement.exists");
        }
        CareArrangement a = arrangements.save(new CareArrangement(c, task.id(), form, user.username(), clock.instant()));
        timeline.add(c.id(), CaseEventType.ARRANGEMENT_SAVED, user.username(), "arrangement:" + task.id(),
                "timeline.arrangementRecorded", a.careProvider(), a.educationWhere(),
                nl.aanwezig.base.DutchNumbers.number(a.educationHours()),
                Messages.date(a.startsOn()), Messages.nl("tier3.funder." + a.fundedBy()));
        taskService.finish(task, user, Map.of("nextEvaluation", a.nextEvaluation().toString()));
        return a.id();
    }

    /** Continue (next evaluation at the arrangement's interval), back to orange (the plan's rhythm) or close. */
    @PreAuthorize("hasAnyRole('MENTOR', 'OC', 'LEERPLICHT', 'JEUGDARTS', 'SWV', 'COACH')")
    @Transactional
    public void evaluate(long taskId, EvaluationForm form) {
        CurrentUser user = users.require();
        CaseTask task = taskService.openForWork(taskId, user, "ARRANGEMENT_EVALUATE");
        SatService.requireForm(task, Tier3Process.FORM_ARRANGEMENT_EVALUATION);
        CareArrangement a = arrangements.findByCaseIdAndStatus(task.caseId(), CareArrangement.Status.ACTIVE)
                .orElseThrow(() -> new UserFacingException("tier3.error.arrangement.notFound"));
        SupportPlan plan = plans.findByCaseIdAndStatus(task.caseId(), SupportPlan.Status.ACTIVE).orElse(null);
        Set<Long> goalIds = plan == null ? Set.of()
                : plan.goals().stream().map(PlanGoal::id).collect(Collectors.toSet());
        LocalDate today = LocalDate.now(clock);
        var errors = form.validate(goalIds, PlanService.names(Arrangement.values()), false, today);
        if (!errors.isEmpty()) {
            throw new UserFacingException(errors);
        }
        Arrangement decision = Arrangement.valueOf(form.decision());
        PupilCase c = cases.findById(task.caseId()).orElseThrow();
        LocalDate next = switch (decision) {
            case CONTINUE -> a.evaluationAfter(today);
            case BACK_TO_ORANGE -> plan == null ? today.plusWeeks(PlanForm.DEFAULT_WEEKS) : plan.evaluationAfter(today);
            case CLOSE -> null;
        };
        LocalDate last = records.lastHeld(c.id());
        long id = records.saveEvaluation(c.id(), plan == null ? null : plan.id(), a.id(), task.id(), a.nextEvaluation(),
                today, decision.name(), form.note(), figures.attendancePct(c.pupilId(), a.startsOn(), today),
                figures.attendancePct(c.pupilId(), last == null ? a.startsOn() : last.plusDays(1), today), next,
                user.username(), clock.instant());
        form.goals().forEach((goalId, g) -> {
            if (goalIds.contains(goalId)) {
                records.saveGoalNote(id, goalId, g.progress().name(), g.note());
            }
        });
        switch (decision) {
            case CONTINUE -> a.planNext(next, user.username(), clock.instant());
            case BACK_TO_ORANGE -> {
                a.end(decision.name(), user.username(), clock.instant());
                if (plan != null) {
                    plan.planNext(next);
                }
            }
            case CLOSE -> {
                a.end(decision.name(), user.username(), clock.instant());
                if (plan != null) {
                    plan.end();
                }
            }
        }
        timeline.add(c.id(), CaseEventType.EVALUATION, user.username(), "evaluation:" + task.id(),
                "timeline.arrangementEvaluated", Messages.nl("tier3.arrangement." + decision), form.note().strip());
        Map<String, Object> vars = new HashMap<>();
        vars.put("arrangementDecision", decision.name());
        if (next != null) {
            vars.put("nextEvaluation", next.toString());
        }
        taskService.finish(task, user, vars);
    }
}
