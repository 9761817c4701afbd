package nl.aanwezig.cases.route;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import nl.aanwezig.cases.tasks.CaseTask;
import nl.aanwezig.cases.tasks.CaseTasks;
import nl.aanwezig.cases.tasks.NewTask;
import nl.aanwezig.cases.tasks.TaskLifecycle;
import nl.aanwezig.workflow.BandReviewProcess;
import nl.aanwezig.workflow.ConcernProcess;
import nl.aanwezig.workflow.DeviationProcess;
import nl.aanwezig.workflow.DuoProcess;
import nl.aanwezig.workflow.FamilyTalkProcess;
import nl.aanwezig.workflow.FollowUpProcess;
import nl.aanwezig.workflow.LegeStoelProcess;
import nl.aanwezig.workflow.MazlProcess;
import nl.aanwezig.workflow.MeetingDecisionProcess;
import nl.aanwezig.workflow.SharedPlanProcess;
import nl.aanwezig.workflow.TaskInbox;
import nl.aanwezig.workflow.Tier3Process;
import nl.aanwezig.workflow.UserTaskJob;
import org.springframework.stereotype.Component;

/**
 * The tasks of every route of a case land in the case's inbox; the routes of an exemption, of a child without a
 * school (absoluut verzuim) and of a region's chain review have no case and their own inboxes.
 */
@Component
class CaseTaskInbox implements TaskInbox {

    private final TaskLifecycle lifecycle;
    private final CaseTasks tasks;

    CaseTaskInbox(TaskLifecycle lifecycle, CaseTasks tasks) {
        this.lifecycle = lifecycle;
        this.tasks = tasks;
    }

    /** The processes of a case (their routes carry the case's id); an exemption's or a region's are not. */
    private static final Set<String> CASE_PROCESSES = Set.of(LegeStoelProcess.ID, Tier3Process.ID, BandReviewProcess.ID,
            MazlProcess.ID, DuoProcess.ID, ConcernProcess.ID, SharedPlanProcess.ID, MeetingDecisionProcess.ID,
            DeviationProcess.ID, FamilyTalkProcess.ID, FollowUpProcess.ID);

    @Override
    public boolean keeps(String processId) {
        return CASE_PROCESSES.contains(processId);
    }

    @Override
    public void created(UserTaskJob t) {
        lifecycle.taskCreated(new NewTask(t.longVariable("caseId"), t.routeId(), t.processId(), t.elementId(), t.form(),
                t.titleKey(), t.candidateGroup(), t.assignee(), t.jobKey(), t.dueAt(), t.context(), t.decisions()));
    }

    @Override
    public Map<Long, Long> openJobs() {
        Map<Long, Long> open = new LinkedHashMap<>();
        for (CaseTask t : tasks.findByStateAndJobKeyNotNullOrderByIdAsc(CaseTask.State.OPEN)) {
            // the task table also holds the tasks of routes without a case: their own inboxes probe those
            if (t.caseId() != null) {
                open.put(t.id(), t.jobKey());
            }
        }
        return open;
    }

    @Override
    public boolean withdrawn(long taskId) {
        return lifecycle.taskWithdrawn(taskId);
    }
}
