package nl.aanwezig.cases.tasks;

import java.time.Clock;
import java.util.List;
import nl.aanwezig.security.CurrentUser;
import nl.aanwezig.security.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Tasks on the OC's school's cases that are overdue with someone else: what her week waits for (issue #21). */
@Service
public class WaitingTasks {

    private final CaseTasks tasks;
    private final TaskService items;
    private final Clock clock;

    WaitingTasks(CaseTasks tasks, TaskService items, Clock clock) {
        this.tasks = tasks;
        this.items = items;
        this.clock = clock;
    }

    /** Overdue open tasks of other people on the cases of the OC's own school, the longest overdue first. */
    @Transactional(readOnly = true)
    public List<TaskItem> overdueOfOthers(CurrentUser oc) {
        if (!oc.is(Role.OC) || oc.schoolId() == null) {
            throw new AccessDeniedException("only an OC sees the tasks of her school");
        }
        return items.items(tasks.overdueOfOthers(oc.schoolId(), oc.username(), clock.instant()));
    }
}
