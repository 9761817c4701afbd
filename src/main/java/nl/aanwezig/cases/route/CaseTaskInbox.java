package nl.aanwezig.cases.route;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.aanwezig.cases.tasks.CaseTask;
import nl.aanwezig.cases.tasks.CaseTasks;
import nl.aanwezig.cases.tasks.NewTask;
import nl.aanwezig.cases.tasks.TaskLifecycle;
import nl.aanwezig.workflow.ChainReviewActionProcess;
import nl.aanwezig.workflow.ChainReviewProcess;
import nl.aanwezig.workflow.ExemptionProcess;
import nl.aanwezig.workflow.TaskInbox;
import nl.aanwezig.workflow.UserTaskJob;
import org.springframework.stereotype.Component;

/**
 * The tasks of every route of a case land in the case's inbox; an exemption's route and a chain review's routes have
 * no case and their own inboxes.
 */
@Component
class CaseTaskInbox implements TaskInbox {

    private final TaskLifecycle lifecycle;
    private final CaseTasks tasks;

    CaseTaskInbox(TaskLifecycle lifecycle, CaseTasks tasks) {
        this.lifecycle = lifecycle;
        this.tasks = tasks;
    }

    @Override
    public boolean keeps(String processId) {
        return !ExemptionProcess.ID.equals(processId) && !ChainReviewProcess.ID.equals(processId)
                && !ChainReviewActionProcess.ID.equals(processId);
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
            open.put(t.id(), t.jobKey());
        }
        return open;
    }

    @Override
    public boolean withdrawn(long taskId) {
        return lifecycle.taskWithdrawn(taskId);
    }
}
