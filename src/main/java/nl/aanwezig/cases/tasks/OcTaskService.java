package nl.aanwezig.cases.tasks;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.aanwezig.attendance.signals.SickReports;
import nl.aanwezig.base.Messages;
import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.cases.Cases;
import nl.aanwezig.cases.MedicalNotes;
import nl.aanwezig.cases.PupilCase;
import nl.aanwezig.cases.timeline.CaseEventType;
import nl.aanwezig.cases.timeline.Timeline;
import nl.aanwezig.security.CurrentUser;
import nl.aanwezig.security.CurrentUsers;
import nl.aanwezig.workflow.MazlProcess;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The OC handles a referral or follows up a mentor task that ran over its school day. */
@Service
public class OcTaskService {

    static final int MAX_NOTE = 4000;

    private final TaskService taskService;
    private final Cases cases;
    private final Timeline timeline;
    private final CurrentUsers users;
    private final MedicalNotes medicalNotes;
    private final SickReports sickReports;

    OcTaskService(TaskService taskService, Cases cases, Timeline timeline, CurrentUsers users,
                  MedicalNotes medicalNotes, SickReports sickReports) {
        this.medicalNotes = medicalNotes;
        this.sickReports = sickReports;
        this.taskService = taskService;
        this.cases = cases;
        this.timeline = timeline;
        this.users = users;
    }

    /**
     * What the OC may decide on this task, as its model names them (the user task's "decisions" header: a referral is
     * taken up or closed, a DUO report made, an advice given); a step with nothing to decide is only followed up (an
     * overdue mentor task: the mentor's own task still runs, and closing the case under it would cut the route short).
     */
    @PreAuthorize("hasAnyRole('OC', 'JEUGDARTS', 'LEERPLICHT', 'SWV')")
    @Transactional(readOnly = true)
    public List<OcDecision> decisionsOf(long taskId) {
        return allowedDecisions(taskService.workable(taskId, users.require(), "TASK_READ"));
    }

    static List<OcDecision> allowedDecisions(CaseTask task) {
        if (task.decisions() == null || task.decisions().isBlank()) {
            return List.of(OcDecision.FOLLOWED_UP);
        }
        return Arrays.stream(task.decisions().split(",")).map(String::strip).map(OcDecision::valueOf).toList();
    }

    /**
     * The sick reports behind an M@ZL task (the jeugdarts's advice, the OC's follow-up): dates, school days, lessons
     * and minutes of each report of the signal's period, from the attendance data; empty for any other task.
     */
    @PreAuthorize("hasAnyRole('OC', 'JEUGDARTS', 'LEERPLICHT', 'SWV')")
    @Transactional(readOnly = true)
    public Optional<SickReports.Summary> sickReports(long taskId) {
        CaseTask task = taskService.workable(taskId, users.require(), "TASK_READ");
        if (!MazlProcess.FORM_ADVICE.equals(task.form()) && !MazlProcess.FORM_OC.equals(task.form())) {
            return Optional.empty();
        }
        return sickReports.ofLatestMazl(cases.findById(task.caseId()).orElseThrow().pupilId());
    }

    @PreAuthorize("hasAnyRole('OC', 'JEUGDARTS', 'LEERPLICHT', 'SWV')")
    @Transactional
    public void complete(long taskId, String note, OcDecision decision) {
        complete(taskId, note, decision, null);
    }

    /**
     * As {@link #complete(long, String, OcDecision)}; a jeugdarts may add a medical note, which goes to the
     * medical notes (only jeugdartsen read them), never to the shared timeline.
     */
    @PreAuthorize("hasAnyRole('OC', 'JEUGDARTS', 'LEERPLICHT', 'SWV')")
    @Transactional
    public void complete(long taskId, String note, OcDecision decision, String medicalNote) {
        CurrentUser user = users.require();
        CaseTask task = taskService.openForWork(taskId, user, "OC_TASK_COMPLETE");
        if (note == null || note.isBlank()) {
            throw new UserFacingException("oc.error.note.required");
        }
        if (note.length() > MAX_NOTE) {
            throw new UserFacingException("oc.error.note.tooLong", MAX_NOTE);
        }
        if (decision == null || !allowedDecisions(task).contains(decision)) {
            throw new UserFacingException("oc.error.decision.required");
        }
        PupilCase c = cases.findById(task.caseId()).orElseThrow();
        // taking it up (ANALYSIS) starts the tier-3 route, whose first step sets the stage
        medicalNotes.write(c, user, medicalNote);
        // labelled by the role of who wrote it: the jeugdarts's M@ZL advice is not the OC's
        timeline.add(c.id(), CaseEventType.OC_NOTE, user.username(), null, "p3.timeline.taskNote",
                Messages.nl("p3.role." + user.role()), Messages.nl("oc.decision." + decision), note.strip());
        taskService.finish(task, user, Map.of("ocDecision", decision.name()));
    }
}
