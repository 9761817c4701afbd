package nl.aanwezig.cases.dossier;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.aanwezig.attendance.figures.FiguresService;
import nl.aanwezig.attendance.figures.Period;
import nl.aanwezig.base.DisplayNames;
import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.cases.CaseStage;
import nl.aanwezig.cases.Cases;
import nl.aanwezig.cases.DossierAccess;
import nl.aanwezig.cases.PupilCase;
import nl.aanwezig.cases.conversation.Conversation;
import nl.aanwezig.cases.conversation.Conversations;
import nl.aanwezig.cases.tasks.CaseTask;
import nl.aanwezig.cases.tasks.CaseTasks;
import nl.aanwezig.cases.tasks.TaskItem;
import nl.aanwezig.cases.tasks.TaskService;
import nl.aanwezig.cases.timeline.CaseEventType;
import nl.aanwezig.cases.timeline.CaseEvents;
import nl.aanwezig.school.Pupil;
import nl.aanwezig.school.Pupils;
import nl.aanwezig.school.SchoolClasses;
import nl.aanwezig.security.CurrentUser;
import nl.aanwezig.security.CurrentUsers;
import nl.aanwezig.security.NeedToKnow;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opens a pupil's dossier for the people who need to know, and lists the school's open cases. */
@Service
public class DossierService {

    private final Pupils pupils;
    private final SchoolClasses classes;
    private final Cases cases;
    private final CaseEvents events;
    private final CaseTasks tasks;
    private final Conversations conversations;
    private final TaskService taskService;
    private final DossierAccess access;
    private final CurrentUsers users;
    private final FiguresService figures;
    private final Clock clock;
    private final DisplayNames names;

    DossierService(Pupils pupils, SchoolClasses classes, Cases cases, CaseEvents events, CaseTasks tasks,
                   Conversations conversations, TaskService taskService, DossierAccess access, CurrentUsers users,
                   FiguresService figures, Clock clock, DisplayNames names) {
        this.names = names;
        this.figures = figures;
        this.clock = clock;
        this.pupils = pupils;
        this.classes = classes;
        this.cases = cases;
        this.events = events;
        this.tasks = tasks;
        this.conversations = conversations;
        this.taskService = taskService;
        this.access = access;
        this.users = users;
    }

    @PreAuthorize("hasAnyRole('MENTOR', 'OC', 'LEERPLICHT', 'JEUGDARTS', 'SWV', 'COACH')")
    @Transactional(readOnly = true)
    public Dossier dossier(long pupilId) {
        CurrentUser user = users.require();
        Pupil p = pupils.findById(pupilId).orElseThrow(() -> new UserFacingException("pupil.error.notFound"));
        access.check(user, p, "DOSSIER_READ");
        List<PupilCase> all = cases.findByPupilIdOrderByOpenedAtDesc(p.id());
        PupilCase open = all.stream().filter(PupilCase::isOpen).findFirst().orElse(null);
        List<Long> caseIds = all.stream().map(PupilCase::id).toList();
        // a partner sees each case only from the moment they joined it
        Map<Long, Instant> since = new java.util.HashMap<>();
        caseIds.forEach(id -> since.put(id, access.visibleSince(user, id)));
        Map<String, String> nameOf = new HashMap<>();
        // and only the parts their role needs to know (security/NeedToKnow)
        var role = user.role();
        boolean signalsShown = NeedToKnow.sees(role, NeedToKnow.Part.SIGNALS);
        var timeline = events.findByCaseIdInOrderByOccurredAtDescIdDesc(caseIds).stream()
                .filter(e -> DossierAccess.visible(since.get(e.caseId()), e.occurredAt()))
                .filter(e -> signalsShown || (e.type() != CaseEventType.SIGNAL && e.type() != CaseEventType.EMPTY_CHAIR))
                .map(e -> new Dossier.TimelineEntry(e.occurredAt(), e.type(), nameOf.computeIfAbsent(e.actor(), this::name),
                        e.summary())).toList();
        var openTasks = open == null ? List.<TaskItem>of()
                : taskService.items(tasks.findByCaseIdAndState(open.id(), CaseTask.State.OPEN));
        var talks = !NeedToKnow.sees(role, NeedToKnow.Part.CONVERSATIONS) ? List.<Conversation>of()
                : all.stream().flatMap(c -> conversations.findByCaseIdOrderByHeldOnDescIdDesc(c.id()).stream())
                        .filter(t -> DossierAccess.visible(since.get(t.caseId()), t.loggedAt())).toList();
        boolean figuresShown = NeedToKnow.sees(role, NeedToKnow.Part.ATTENDANCE);
        String className = p.classId() == null ? "" : classes.findById(p.classId()).map(c -> c.name()).orElse("");
        return new Dossier(p.id(), p.fullName(), p.leerling(), className, name(p.mentor()), p.birthDate(),
                open == null ? null : new Dossier.CaseSummary(open.id(), open.stage(), open.openedAt()),
                timeline, openTasks, talks, figuresShown ? figures.trend(p.id(), schoolYearSoFar()) : null);
    }

    /** Staff by the name people know; the system by its own name; a pupil without mentor stays without. */
    private String name(String username) {
        if (username == null) {
            return "";
        }
        return CurrentUser.SYSTEM.username().equals(username) ? CurrentUser.SYSTEM.displayName() : names.of(username);
    }

    private Period schoolYearSoFar() {
        LocalDate today = LocalDate.now(clock);
        return Period.schoolYear(Period.schoolYearOf(today)).until(today);
    }

    /** The OC's overview: every open case of their own school. */
    @PreAuthorize("hasAnyRole('OC')")
    @Transactional(readOnly = true)
    public List<OpenCase> openCasesOfMySchool() {
        CurrentUser user = users.require();
        List<PupilCase> open = cases.findBySchoolIdAndStatusOrderByOpenedAtDesc(user.schoolId(), PupilCase.Status.OPEN);
        // pupils and open tasks of all cases in one query each, not two per case
        Map<Long, Pupil> byId = pupils.findAllById(open.stream().map(PupilCase::pupilId).toList()).stream()
                .collect(Collectors.toMap(Pupil::id, p -> p));
        Map<Long, Long> openTasks = tasks.findByCaseIdInAndState(open.stream().map(PupilCase::id).toList(),
                CaseTask.State.OPEN).stream().collect(Collectors.groupingBy(CaseTask::caseId, Collectors.counting()));
        Map<String, String> nameOf = new HashMap<>();
        return open.stream().map(c -> {
            Pupil p = byId.get(c.pupilId());
            return new OpenCase(c.id(), p.id(), p.fullName(), nameOf.computeIfAbsent(p.mentor(), this::name),
                    c.stage(), c.openedAt(), openTasks.getOrDefault(c.id(), 0L).intValue(), p.leerling());
        }).toList();
    }

    /** A row of the OC's case list; the mentor by display name. */
    public record OpenCase(long caseId, long pupilId, String pupilName, String mentor, CaseStage stage,
                           Instant openedAt, int openTasks, String leerling) {
    }
}
