package nl.aanwezig.cases.tasks;

import java.util.List;
import java.util.Map;
import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.security.AuditLog;
import nl.aanwezig.security.CurrentUser;
import nl.aanwezig.security.CurrentUsers;
import nl.aanwezig.security.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The directie's tasks (issue #21): escalations about the school's own deadlines (a DUO report not made in time).
 * The directie sees the task and marks it handled; it never opens the pupil's dossier, so a task is checked by its
 * group and school, not by the dossier rule.
 */
@Service
@PreAuthorize("hasRole('DIRECTIE')")
public class DirectieTasks {

    /** The candidate group of the directie's tasks. */
    public static final String GROUP = "directie";

    private final CaseTasks tasks;
    private final TaskService service;
    private final CurrentUsers users;
    private final AuditLog audit;

    DirectieTasks(CaseTasks tasks, TaskService service, CurrentUsers users, AuditLog audit) {
        this.tasks = tasks;
        this.service = service;
        this.users = users;
        this.audit = audit;
    }

    /** One task of the directie's own school. */
    @Transactional(readOnly = true)
    public TaskItem open(long taskId) {
        return service.items(List.of(mine(taskId, users.require()))).get(0);
    }

    /** Marks the escalation handled: the school's leadership saw to it that the report gets made. */
    @Transactional
    public void handled(long taskId) {
        CurrentUser user = users.require();
        CaseTask task = mine(taskId, user);
        if (!task.isOpen()) {
            throw new UserFacingException("task.error.done");
        }
        service.finish(task, user, Map.of());
    }

    private CaseTask mine(long taskId, CurrentUser user) {
        CaseTask task = tasks.findById(taskId).orElseThrow(() -> new UserFacingException("task.error.notFound"));
        boolean ours = user.is(Role.DIRECTIE) && GROUP.equals(task.candidateGroup())
                && (task.assignee() == null || task.assignee().equals(user.username()))
                && user.schoolId() != null && user.schoolId().equals(task.schoolId());
        if (!ours) {
            audit.record(user, null, AuditLog.REFUSED, false, "directie task " + taskId);
            throw new AccessDeniedException("task " + taskId + " is not for " + user.username());
        }
        return task;
    }
}
