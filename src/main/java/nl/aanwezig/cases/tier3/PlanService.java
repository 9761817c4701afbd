package nl.aanwezig.cases.tier3;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.aanwezig.base.DisplayNames;
import nl.aanwezig.base.Messages;
import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.cases.CaseFigures;
import nl.aanwezig.cases.Cases;
import nl.aanwezig.cases.DossierAccess;
import nl.aanwezig.cases.PupilCase;
import nl.aanwezig.cases.tasks.CaseTask;
import nl.aanwezig.cases.tasks.TaskService;
import nl.aanwezig.cases.tier3.Tier3Decisions.Evaluation;
import nl.aanwezig.cases.timeline.CaseEventType;
import nl.aanwezig.cases.timeline.Timeline;
import nl.aanwezig.school.Pupils;
import nl.aanwezig.security.CurrentUser;
import nl.aanwezig.security.CurrentUsers;
import nl.aanwezig.security.Role;
import nl.aanwezig.workflow.Tier3Process;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The orange plan: drawn up by the regievoerder at the route's step, edited by them or the school's OC at any time
 * (never silently over someone else's edit), and evaluated when the route's timer says so.
 */
@Service
public class PlanService {

    private final TaskService taskService;
    private final Cases cases;
    private final SupportPlans plans;
    private final Tier3Records records;
    private final Timeline timeline;
    private final CurrentUsers users;
    private final DisplayNames names;
    private final CaseFigures figures;
    private final DossierAccess access;
    private final Pupils pupils;
    private final Clock clock;
    private final Tier3People people;

    PlanService(TaskService taskService, Cases cases, SupportPlans plans, Tier3Records records, Timeline timeline,
                CurrentUsers users, DisplayNames names, CaseFigures figures, DossierAccess access, Pupils pupils,
                Clock clock, Tier3People people) {
        this.people = people;
        this.taskService = taskService;
        this.cases = cases;
        this.plans = plans;
        this.records = records;
        this.timeline = timeline;
        this.users = users;
        this.names = names;
        this.figures = figures;
        this.access = access;
        this.pupils = pupils;
        this.clock = clock;
    }

    @PreAuthorize("hasAnyRole('MENTOR', 'OC', 'LEERPLICHT', 'JEUGDARTS', 'SWV', 'COACH')")
    @Transactional
    public long draw(long taskId, PlanForm form) {
        CurrentUser user = users.require();
        CaseTask task = taskService.openForWork(taskId, user, "PLAN_DRAW");
        SatService.requireForm(task, Tier3Process.FORM_PLAN);
        validate(form);
        PupilCase c = cases.findById(task.caseId()).orElseThrow();
        people.requireOwnersOnCase(c, form);
        if (plans.findByCaseIdAndStatus(c.id(), SupportPlan.Status.ACTIVE).isPresent()) {
            throw new UserFacingException("tier3.error.plan.exists");
        }
        SupportPlan plan = plans.save(new SupportPlan(c, task.id(), form, user.username(), clock.instant()));
        timeline.add(c.id(), CaseEventType.PLAN_SAVED, user.username(), "plan:" + task.id(), "timeline.planDrawn",
                Messages.date(plan.startedOn()), plan.evaluationWeeks(), Messages.date(plan.nextEvaluation()));
        taskService.finish(task, user, Map.of("nextEvaluation", plan.nextEvaluation().toString()));
        return plan.id();
    }

    /**
     * Edits the active plan. {@code version} is the one the editor started from: if someone else saved in between, the
     * save is refused with their name, and the editor keeps their text to compare.
     */
    @PreAuthorize("hasAnyRole('MENTOR', 'OC', 'LEERPLICHT', 'JEUGDARTS', 'SWV', 'COACH')")
    @Transactional
    public void edit(long planId, long version, PlanForm form) {
        CurrentUser user = users.require();
        SupportPlan plan = plans.findById(planId).orElseThrow(() -> new UserFacingException("tier3.error.plan.notFound"));
        PupilCase c = cases.findById(plan.caseId()).orElseThrow();
        access.check(user, pupils.findById(c.pupilId()).orElseThrow(), "PLAN_EDIT");
        if (!mayEdit(user, c)) {
            throw new AccessDeniedException("plan " + planId + " is not edited by " + user.username());
        }
        if (!plan.isActive()) {
            throw new UserFacingException("tier3.error.plan.ended");
        }
        plan.expectVersion(version, names::of);
        validate(form);
        people.requireOwnersOnCase(c, form);
        plan.apply(form, user.username(), clock.instant(), records.evaluatedGoals(plan.id()));
        try {
            plans.saveAndFlush(plan);
        } catch (OptimisticLockingFailureException sameMoment) {
            // both saw the same version, the other committed first: the same refusal as a save seen in between, so
            // the editor keeps this user's text beside a reload (who it was is not known here without a new read)
            throw new UserFacingException("tier3.error.plan.concurrent", Messages.nl("tier3.someoneElse"));
        }
        timeline.add(c.id(), CaseEventType.PLAN_SAVED, user.username(), null, "timeline.planEdited");
    }

    /** The regievoerder and the school's OC edit the plan; partners add to it through their contributions. */
    static boolean mayEdit(CurrentUser user, PupilCase c) {
        return user.username().equals(c.regievoerder())
                || (user.role() == Role.OC && user.schoolId() != null && user.schoolId().equals(c.schoolId()));
    }

    /**
     * Saves the evaluation with the attendance since the plan started and since the last evaluation, a note per goal
     * and the decision, and completes the task: the route continues, steps down, escalates or closes.
     */
    @PreAuthorize("hasAnyRole('MENTOR', 'OC', 'LEERPLICHT', 'JEUGDARTS', 'SWV', 'COACH')")
    @Transactional
    public void evaluate(long taskId, EvaluationForm form) {
        CurrentUser user = users.require();
        CaseTask task = taskService.openForWork(taskId, user, "PLAN_EVALUATE");
        SatService.requireForm(task, Tier3Process.FORM_PLAN_EVALUATION);
        SupportPlan plan = plans.findByCaseIdAndStatus(task.caseId(), SupportPlan.Status.ACTIVE)
                .orElseThrow(() -> new UserFacingException("tier3.error.plan.notFound"));
        LocalDate today = LocalDate.now(clock);
        Set<Long> goalIds = plan.goals().stream().map(PlanGoal::id).collect(Collectors.toSet());
        Evaluation decision = parse(form.decision());
        var errors = form.validate(goalIds, names(Evaluation.values()), decision == Evaluation.STEP_DOWN, today);
        if (!errors.isEmpty()) {
            throw new UserFacingException(errors);
        }
        PupilCase c = cases.findById(task.caseId()).orElseThrow();
        LocalDate scheduled = plan.nextEvaluation();
        LocalDate next = decision == Evaluation.CONTINUE ? plan.evaluationAfter(today) : null;
        LocalDate last = records.lastHeld(c.id());
        long id = records.saveEvaluation(c.id(), plan.id(), null, task.id(), scheduled, today, decision.name(),
                form.note(), figures.attendancePct(c.pupilId(), plan.startedOn(), today),
                figures.attendancePct(c.pupilId(), last == null ? plan.startedOn() : last.plusDays(1), today), next, user.username(),
                clock.instant());
        form.goals().forEach((goalId, g) -> {
            if (goalIds.contains(goalId)) {
                records.saveGoalNote(id, goalId, g.progress().name(), g.note());
            }
        });
        if (decision == Evaluation.CONTINUE || decision == Evaluation.ESCALATE) {
            plan.planNext(next);
        } else {
            plan.end();
        }
        timeline.add(c.id(), CaseEventType.EVALUATION, user.username(), "evaluation:" + task.id(),
                "timeline.planEvaluated", Messages.nl("tier3.evaluation." + decision), form.note().strip());
        Map<String, Object> vars = new HashMap<>();
        vars.put("evaluationDecision", decision.name());
        if (next != null) {
            vars.put("nextEvaluation", next.toString());
        }
        if (decision == Evaluation.STEP_DOWN) {
            vars.put("reviewAt", form.reviewOn().toString());
        }
        taskService.finish(task, user, vars);
    }

    private void validate(PlanForm form) {
        var errors = form.validate(LocalDate.now(clock));
        if (!errors.isEmpty()) {
            throw new UserFacingException(errors);
        }
    }

    private static Evaluation parse(String decision) {
        try {
            return decision == null ? null : Evaluation.valueOf(decision);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static Set<String> names(Enum<?>[] values) {
        return java.util.Arrays.stream(values).map(Enum::name).collect(Collectors.toSet());
    }
}
