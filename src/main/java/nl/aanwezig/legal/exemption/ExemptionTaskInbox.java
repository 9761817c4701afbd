package nl.aanwezig.legal.exemption;

import java.util.Map;
import nl.aanwezig.workflow.ExemptionProcess;
import nl.aanwezig.workflow.TaskInbox;
import nl.aanwezig.workflow.UserTaskJob;
import org.springframework.stereotype.Component;

/** The tasks of an exemption's route land in the exemption module's own inbox. */
@Component
class ExemptionTaskInbox implements TaskInbox {

    private final ExemptionTasks tasks;

    ExemptionTaskInbox(ExemptionTasks tasks) {
        this.tasks = tasks;
    }

    @Override
    public boolean keeps(String processId) {
        return ExemptionProcess.ID.equals(processId);
    }

    @Override
    public void created(UserTaskJob t) {
        tasks.created(t.longVariable("exemptionId"), t.routeId(), t.elementId(), t.form(), t.titleKey(), t.assignee(),
                t.jobKey(), t.dueAt());
    }

    @Override
    public Map<Long, Long> openJobs() {
        return tasks.openJobs();
    }

    @Override
    public boolean withdrawn(long taskId) {
        return tasks.withdraw(taskId);
    }
}
