package nl.aanwezig.cases.family;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.cases.CaseService;
import nl.aanwezig.cases.sharing.PlanReader;
import nl.aanwezig.cases.sharing.SharedPlan;
import nl.aanwezig.cases.tasks.CaseTask;
import nl.aanwezig.cases.tasks.CaseTasks;
import nl.aanwezig.cases.tasks.TaskItem;
import nl.aanwezig.cases.tasks.TaskService;
import nl.aanwezig.cases.timeline.CaseEventType;
import nl.aanwezig.security.CurrentUser;
import nl.aanwezig.security.CurrentUsers;
import nl.aanwezig.security.Role;
import nl.aanwezig.workflow.FamilyTalkProcess;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The regievoerder's talk with a family that does not agree to the plan (bpmn/gezin-overleg.bpmn): the task shows the
 * family member's answer and the plan; its outcome goes on the timeline and completes the task. Only the task's
 * assignee or an OC of the case's school reaches it.
 */
@Service
public class FamilyTalks {

    static final int MAX_OUTCOME = 2000;
    private static final Pattern AGREEMENT_ID = Pattern.compile("\"" + FamilyTalkProcess.VAR_AGREEMENT_ID + "\"\\s*:\\s*(\\d+)");

    /** What the talk is about: the task, the answer that disagreed (empty if gone) and the plan as it is now. */
    public record Talk(TaskItem task, Optional<FamilyAgreements.Answer> answer, Optional<SharedPlan> plan) {
    }

    private final CaseTasks tasks;
    private final TaskService taskService;
    private final FamilyAgreements agreements;
    private final PlanReader plans;
    private final CaseService cases;
    private final CurrentUsers users;

    FamilyTalks(CaseTasks tasks, TaskService taskService, FamilyAgreements agreements, PlanReader plans,
                CaseService cases, CurrentUsers users) {
        this.tasks = tasks;
        this.taskService = taskService;
        this.agreements = agreements;
        this.plans = plans;
        this.cases = cases;
        this.users = users;
    }

    @PreAuthorize("hasAnyRole('MENTOR', 'OC', 'LEERPLICHT', 'JEUGDARTS', 'SWV')")
    @Transactional(readOnly = true)
    public Talk open(long taskId) {
        CaseTask task = mine(taskId, users.require());
        Optional<FamilyAgreements.Answer> answer = agreementId(task).flatMap(agreements::answer);
        return new Talk(taskService.items(List.of(task)).get(0), answer, plans.activePlan(task.caseId()));
    }

    /** The outcome of the talk (required, at most 2000 characters) on the timeline; the task is done. */
    @PreAuthorize("hasAnyRole('MENTOR', 'OC', 'LEERPLICHT', 'JEUGDARTS', 'SWV')")
    @Transactional
    public void complete(long taskId, String outcome) {
        CurrentUser user = users.require();
        CaseTask task = mine(taskId, user);
        if (!task.isOpen()) {
            throw new UserFacingException("task.error.done");
        }
        String text = outcome == null ? "" : outcome.strip();
        if (text.isEmpty()) {
            throw new UserFacingException("familytalk.error.talkOutcome.required");
        }
        if (text.length() > MAX_OUTCOME) {
            throw new UserFacingException("family.error.textTooLong", MAX_OUTCOME);
        }
        String who = agreementId(task).flatMap(agreements::answer).map(FamilyAgreements.Answer::name).orElse("");
        cases.record(task.caseId(), CaseEventType.FAMILY, user.username(), "family-talk:" + task.id(),
                "familytalk.timeline.done", who, text);
        taskService.finish(task, user, Map.of());
    }

    /** The talk's task if it is this user's: assigned to them, or they are an OC of the case's school. */
    private CaseTask mine(long taskId, CurrentUser user) {
        CaseTask task = tasks.findById(taskId).orElseThrow(() -> new UserFacingException("task.error.notFound"));
        if (!FamilyTalkProcess.FORM_FAMILY_TALK.equals(task.form())) {
            throw new UserFacingException("task.error.wrongForm");
        }
        boolean assignee = user.username().equals(task.assignee());
        boolean schoolOc = user.role() == Role.OC && user.schoolId() != null && user.schoolId().equals(task.schoolId());
        if (!assignee && !schoolOc) {
            throw new AccessDeniedException("family talk " + taskId + " is not for " + user.username());
        }
        return task;
    }

    private static Optional<Long> agreementId(CaseTask task) {
        Matcher m = AGREEMENT_ID.matcher(task.context() == null ? "" : task.context());
        return m.find() ? Optional.of(Long.parseLong(m.group(1))) : Optional.empty();
    }
}
