package nl.aanwezig.cases.api;

import java.time.Instant;
import java.util.List;
import nl.aanwezig.base.Messages;
import nl.aanwezig.cases.tasks.TaskService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/tasks}: the caller's open tasks, as their inbox shows them (same access rules). */
@RestController
class TasksController {

    private final TaskService tasks;

    TasksController(TaskService tasks) {
        this.tasks = tasks;
    }

    /** One open task: what, for which pupil at which school, which step of which process, since and until when. */
    record TaskResponse(long id, String title, String leerling, String school, String processId, String elementId,
                        Instant createdAt, Instant dueDate) {
    }

    @GetMapping("/api/v1/tasks")
    List<TaskResponse> tasks() {
        return tasks.inbox().stream().map(t -> new TaskResponse(t.taskId(), Messages.nl(t.titleKey()), t.leerling(),
                t.schoolBrin(), t.processId(), t.elementId(), t.createdAt(), t.dueAt())).toList();
    }
}
