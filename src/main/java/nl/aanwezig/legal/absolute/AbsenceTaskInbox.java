package nl.aanwezig.legal.absolute;

import java.util.Map;
import nl.aanwezig.workflow.AbsoluteAbsenceProcess;
import nl.aanwezig.workflow.TaskInbox;
import nl.aanwezig.workflow.UserTaskJob;
import org.springframework.stereotype.Component;

/** The follow-up tasks of an absoluut-verzuim route land in this module's share of the task table. */
@Component
class AbsenceTaskInbox implements TaskInbox {

    private final AbsenceTasks tasks;

    AbsenceTaskInbox(AbsenceTasks tasks) {
        this.tasks = tasks;
    }

    @Override
    public boolean keeps(String processId) {
        return AbsoluteAbsenceProcess.ID.equals(processId);
    }

    @Override
    public void created(UserTaskJob t) {
        tasks.created(t.longVariable(AbsoluteAbsenceProcess.VAR_ABSENCE_ID), t.routeId(), t.elementId(), t.form(),
                t.titleKey(), t.assignee(), t.jobKey(), t.dueAt());
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
