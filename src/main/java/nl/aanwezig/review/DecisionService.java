package nl.aanwezig.review;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.cases.CaseService;
import nl.aanwezig.cases.tasks.TaskItem;
import nl.aanwezig.cases.tasks.TaskService;
import nl.aanwezig.cases.timeline.CaseEventType;
import nl.aanwezig.security.CurrentUsers;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The owner's side of a casusoverleg decision: the task in their inbox shows the decision, and they record what was
 * done. Whether the task is theirs is the inbox's rule ({@link TaskService}), audited there.
 */
@Service
public class DecisionService {

    /** The audit action of opening and completing a decision's task. */
    static final String ACTION = "MEETING_DECISION_DONE";
    static final int MAX_NOTE = 4000;

    private final TaskService tasks;
    private final Decisions decisions;
    private final CaseService cases;
    private final CurrentUsers users;
    private final Clock clock;

    DecisionService(TaskService tasks, Decisions decisions, CaseService cases, CurrentUsers users, Clock clock) {
        this.tasks = tasks;
        this.decisions = decisions;
        this.cases = cases;
        this.users = users;
        this.clock = clock;
    }

    /** A decision as its owner's task form shows it. */
    public record DecisionTask(long taskId, long pupilId, String pupilName, String leerling, String description,
                               LocalDate dueOn, LocalDate meetingDate, boolean open) {
    }

    @PreAuthorize("hasAnyRole('MENTOR', 'OC', 'LEERPLICHT', 'JEUGDARTS', 'SWV')")
    @Transactional(readOnly = true)
    public DecisionTask open(long taskId) {
        TaskItem task = tasks.open(taskId);
        Decisions.ForTask d = decision(taskId);
        return new DecisionTask(taskId, task.pupilId(), task.pupilName(), task.leerling(), d.description(), d.dueOn(),
                d.meetingDate(), task.open() && !d.done());
    }

    /** The owner carried the decision out: the task completes and the case's timeline says what was done. */
    @PreAuthorize("hasAnyRole('MENTOR', 'OC', 'LEERPLICHT', 'JEUGDARTS', 'SWV')")
    @Transactional
    public void complete(long taskId, String whatWasDone) {
        if (whatWasDone == null || whatWasDone.isBlank()) {
            throw new UserFacingException("meeting.error.done.required");
        }
        if (whatWasDone.length() > MAX_NOTE) {
            throw new UserFacingException("meeting.error.done.tooLong", MAX_NOTE);
        }
        Decisions.ForTask d = decision(taskId);
        tasks.complete(taskId, ACTION, Map.of());
        String by = users.require().username();
        if (!decisions.markDone(d.id(), whatWasDone.strip(), by, clock.instant())) {
            throw new UserFacingException("task.error.done");
        }
        cases.record(d.caseId(), CaseEventType.MEETING_DECISION, by, "meeting-decision-done:" + d.id(),
                "meeting.timeline.decisionDone", d.description(), whatWasDone.strip());
    }

    private Decisions.ForTask decision(long taskId) {
        return decisions.forTask(taskId).orElseThrow(() -> new UserFacingException("task.error.notFound"));
    }
}
