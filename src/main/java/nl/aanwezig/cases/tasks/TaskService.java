package nl.aanwezig.cases.tasks;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.aanwezig.base.DisplayNames;
import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.cases.Cases;
import nl.aanwezig.cases.DossierAccess;
import nl.aanwezig.cases.PupilCase;
import nl.aanwezig.school.Pupil;
import nl.aanwezig.school.Pupils;
import nl.aanwezig.school.School;
import nl.aanwezig.school.Schools;
import nl.aanwezig.security.CurrentUser;
import nl.aanwezig.security.CurrentUsers;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The task inbox: what is waiting for me, and opening one task. */
@Service
public class TaskService {

    /** The BPMN candidate group of the school attendance team. */
    public static final String SAT_GROUP = "sat";

    private final CaseTasks tasks;
    private final Cases cases;
    private final Pupils pupils;
    private final CurrentUsers users;
    private final DossierAccess access;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;
    private final Schools schools;
    private final SatMembers satMembers;
    private final DisplayNames names;
    private final List<InboxSource> otherSources;

    TaskService(CaseTasks tasks, Cases cases, Pupils pupils, CurrentUsers users, DossierAccess access,
                ApplicationEventPublisher publisher, Clock clock, Schools schools, SatMembers satMembers,
                DisplayNames names, List<InboxSource> otherSources) {
        this.otherSources = otherSources;
        this.names = names;
        this.satMembers = satMembers;
        this.schools = schools;
        this.publisher = publisher;
        this.clock = clock;
        this.tasks = tasks;
        this.cases = cases;
        this.pupils = pupils;
        this.users = users;
        this.access = access;
    }

    @PreAuthorize("hasAnyRole('MENTOR', 'OC', 'LEERPLICHT', 'JEUGDARTS', 'SWV', 'COACH', 'DIRECTIE')")
    @Transactional(readOnly = true)
    public List<TaskItem> inbox() {
        CurrentUser user = users.require();
        List<CaseTask> open = tasks.inbox(user.username(), user.role().candidateGroup(), user.schoolId());
        if (otherSources.isEmpty()) {
            return items(open);
        }
        // tasks of routes without a case (an exemption's) join in deadline order
        List<TaskItem> all = new java.util.ArrayList<>(items(open));
        otherSources.forEach(source -> all.addAll(source.openTasks(user)));
        all.sort(java.util.Comparator.comparing((TaskItem t) -> t.dueAt() != null ? t.dueAt() : t.createdAt()));
        return all;
    }

    /** One task the user may work on; refusals are audited. */
    @PreAuthorize("hasAnyRole('MENTOR', 'OC', 'LEERPLICHT', 'JEUGDARTS', 'SWV', 'COACH')")
    @Transactional(readOnly = true)
    public TaskItem open(long taskId) {
        return items(List.of(workable(taskId, users.require(), "TASK_READ"))).get(0);
    }

    /** The task if this user may complete it: theirs, or offered to their role at their school. */
    public CaseTask workable(long taskId, CurrentUser user, String action) {
        CaseTask task = tasks.findById(taskId).orElseThrow(() -> new UserFacingException("task.error.notFound"));
        Pupil pupil = pupilOf(task);
        access.check(user, pupil, action);
        boolean mine = user.username().equals(task.assignee())
                || (task.assignee() == null && user.role().candidateGroup().equals(task.candidateGroup()))
                || (task.assignee() == null && SAT_GROUP.equals(task.candidateGroup()) && inSat(user, task.schoolId()));
        if (!mine) {
            throw new AccessDeniedException("task " + taskId + " is not for " + user.username());
        }
        return task;
    }

    /** The school's OCs are always in its attendance team (SAT); other staff are in it when the admin says so. */
    private boolean inSat(CurrentUser user, long schoolId) {
        return (user.role() == nl.aanwezig.security.Role.OC && user.schoolId() != null && user.schoolId() == schoolId)
                || satMembers.existsBySchoolAndUsername(schoolId, user.username());
    }

    /**
     * Completes one of the current user's open tasks for a form that lives in another module (a casusoverleg
     * decision, a partner's contribution): called inside that module's transaction, the form's effect and the
     * engine's step commit together. Refusals are audited as {@code action}.
     */
    @PreAuthorize("hasAnyRole('MENTOR', 'OC', 'LEERPLICHT', 'JEUGDARTS', 'SWV', 'COACH')")
    @Transactional
    public TaskItem complete(long taskId, String action, Map<String, Object> variables) {
        CurrentUser user = users.require();
        CaseTask task = openForWork(taskId, user, action);
        finish(task, user, variables);
        return items(List.of(task)).get(0);
    }

    /** As {@link #workable}, and still open: a task is done once. */
    public CaseTask openForWork(long taskId, CurrentUser user, String action) {
        CaseTask task = workable(taskId, user, action);
        if (!task.isOpen()) {
            throw new UserFacingException("task.error.done");
        }
        return task;
    }

    /**
     * Completes the task and hands the route its variables; the workflow module queues the command that completes
     * the engine's job in this same transaction, so the form and the engine's step commit together.
     */
    public void finish(CaseTask task, CurrentUser user, Map<String, Object> variables) {
        task.complete(user.username(), clock.instant());
        publisher.publishEvent(new TaskCompleted(task.id(), task.caseId(), task.routeId(), task.jobKey(), variables));
    }

    private Pupil pupilOf(CaseTask task) {
        PupilCase c = cases.findById(task.caseId()).orElseThrow();
        return pupils.findById(c.pupilId()).orElseThrow();
    }

    public List<TaskItem> items(List<CaseTask> list) {
        Map<Long, PupilCase> caseById = cases.findAllById(list.stream().map(CaseTask::caseId).distinct().toList())
                .stream().collect(Collectors.toMap(PupilCase::id, Function.identity()));
        Map<Long, Pupil> pupilById = pupils.findAllById(caseById.values().stream().map(PupilCase::pupilId).toList())
                .stream().collect(Collectors.toMap(Pupil::id, Function.identity()));
        Map<Long, String> brinById = schools.findAllById(pupilById.values().stream().map(Pupil::schoolId).distinct().toList())
                .stream().collect(Collectors.toMap(School::id, School::brin));
        // staff by the name people know, looked up once per person
        Map<String, String> nameOf = new java.util.HashMap<>();
        return list.stream().map(t -> {
            Pupil p = pupilById.get(caseById.get(t.caseId()).pupilId());
            String assigneeName = t.assignee() == null ? null : nameOf.computeIfAbsent(t.assignee(), names::of);
            return new TaskItem(t.id(), t.caseId(), p.id(), p.fullName(), p.leerling(), t.form(), t.titleKey(),
                    t.assignee(), t.candidateGroup(), t.createdAt(), t.dueAt(), t.isOpen(),
                    brinById.get(p.schoolId()), t.processId(), t.elementId(), assigneeName);
        }).toList();
    }
}
