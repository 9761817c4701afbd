package nl.aanwezig.legal.duo;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.aanwezig.base.Messages;
import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.cases.CaseService;
import nl.aanwezig.cases.tasks.TaskItem;
import nl.aanwezig.cases.tasks.TaskService;
import nl.aanwezig.cases.timeline.CaseEventType;
import nl.aanwezig.security.CurrentUser;
import nl.aanwezig.security.CurrentUsers;
import nl.aanwezig.workflow.ConcernProcess;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tasks of the route zorgelijk-verzuim: the OC decides whether the concern goes to leerplicht (with a note, on
 * the timeline), and leerplicht picks a passed-on concern up. Each decision and its task completion commit together.
 */
@Service
public class ConcernDecisionService {

    /** Process variable read by the route's gateway. */
    public static final String PASS_ON = "concernPassOn";

    private final TaskService tasks;
    private final CaseService cases;
    private final CurrentUsers users;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    ConcernDecisionService(TaskService tasks, CaseService cases, CurrentUsers users, JdbcTemplate jdbc, Clock clock) {
        this.tasks = tasks;
        this.cases = cases;
        this.users = users;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The task, if it is a concern task the user may work on. */
    @PreAuthorize("hasAnyRole('OC', 'LEERPLICHT')")
    @Transactional(readOnly = true)
    public TaskItem task(long taskId) {
        TaskItem task = tasks.open(taskId);
        if (!ConcernProcess.FORM_DECISION.equals(task.form()) && !ConcernProcess.FORM_FOLLOW_UP.equals(task.form())) {
            throw new UserFacingException("concern.error.notConcern");
        }
        return task;
    }

    /** The OC's decision; passing on lets the school's leerplicht partners into the case and gives them a task. */
    @PreAuthorize("hasAnyRole('OC')")
    @Transactional
    public void decide(long taskId, Boolean passOn, String note) {
        List<UserFacingException.Message> problems = new ArrayList<>();
        if (passOn == null) {
            problems.add(new UserFacingException.Message("concern.error.decision"));
        }
        if (note == null || note.isBlank()) {
            problems.add(new UserFacingException.Message("concern.error.note"));
        }
        if (!problems.isEmpty()) {
            throw new UserFacingException(problems);
        }
        TaskItem task = task(taskId);
        if (!ConcernProcess.FORM_DECISION.equals(task.form())) {
            throw new UserFacingException("concern.error.notConcern");
        }
        CurrentUser user = users.require();
        if (passOn) {
            joinLeerplicht(task.caseId(), task.schoolBrin());
        }
        cases.record(task.caseId(), CaseEventType.OC_NOTE, user.username(), "concern-decided:" + taskId,
                passOn ? "concern.timeline.passedOn" : "concern.timeline.kept", note.strip());
        tasks.complete(taskId, "CONCERN_DECISION", Map.of(PASS_ON, passOn));
    }

    /** Leerplicht picked up a passed-on concern; what they did is on the timeline. */
    @PreAuthorize("hasAnyRole('LEERPLICHT')")
    @Transactional
    public void pickUp(long taskId, String note) {
        if (note == null || note.isBlank()) {
            throw new UserFacingException("concern.error.note");
        }
        TaskItem task = task(taskId);
        if (!ConcernProcess.FORM_FOLLOW_UP.equals(task.form())) {
            throw new UserFacingException("concern.error.notConcern");
        }
        cases.record(task.caseId(), CaseEventType.OC_NOTE, users.require().username(), "concern-picked-up:" + taskId,
                "concern.timeline.pickedUp", note.strip());
        tasks.complete(taskId, "CONCERN_PICK_UP", Map.of());
    }

    /** As a DUO signal does at once: the leerplicht officers serving the school join the case (and see its task). */
    private void joinLeerplicht(long caseId, String brin) {
        jdbc.update("""
                insert into case_participant (case_id, username, role, added_at)
                select ?, sp.username, 'LEERPLICHT', ? from school_partner sp join school s on s.id = sp.school_id
                where s.brin = ? and sp.role = 'LEERPLICHT' on conflict do nothing""",
                caseId, Timestamp.from(clock.instant()), brin);
    }

    /** The Dutch label of the decision, for screens. */
    public static String label(boolean passOn) {
        return Messages.nl(passOn ? "concern.decision.passOn" : "concern.decision.keep");
    }
}
