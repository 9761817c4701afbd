package nl.aanwezig.cases.conversation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.aanwezig.base.Messages;
import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.cases.Cases;
import nl.aanwezig.cases.DossierAccess;
import nl.aanwezig.cases.PupilCase;
import nl.aanwezig.cases.tasks.CaseTask;
import nl.aanwezig.cases.tasks.TaskService;
import nl.aanwezig.cases.timeline.CaseEventType;
import nl.aanwezig.cases.timeline.Timeline;
import nl.aanwezig.school.Pupil;
import nl.aanwezig.school.Pupils;
import nl.aanwezig.security.CurrentUser;
import nl.aanwezig.security.CurrentUsers;
import nl.aanwezig.workflow.LegeStoelProcess;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The mentor logs the conversation; saving it completes the task and routes the process. */
@Service
public class ConversationService {

    private final TaskService taskService;
    private final Cases cases;
    private final Conversations conversations;
    private final Timeline timeline;
    private final CurrentUsers users;
    private final Clock clock;
    private final Pupils pupils;
    private final DossierAccess access;
    private final FollowUps followUps;

    ConversationService(TaskService taskService, Cases cases, Conversations conversations, Timeline timeline,
                        CurrentUsers users, Clock clock, Pupils pupils, DossierAccess access, FollowUps followUps) {
        this.followUps = followUps;
        this.pupils = pupils;
        this.access = access;
        this.taskService = taskService;
        this.cases = cases;
        this.conversations = conversations;
        this.timeline = timeline;
        this.users = users;
        this.clock = clock;
    }

    /**
     * Validates, saves and completes in one transaction: if the engine refuses the completion, the
     * conversation is not saved either, and the user can try again with the form still filled in. The outcome goes to
     * the route, whose model decides the next step and the case's stage (bpmn/lege-stoel.bpmn).
     */
    @PreAuthorize("hasAnyRole('MENTOR', 'OC')")
    @Transactional
    public void log(long taskId, ConversationForm form) {
        CurrentUser user = users.require();
        CaseTask task = taskService.openForWork(taskId, user, "CONVERSATION_LOG");
        var errors = form.validate(LocalDate.now(clock));
        if (!errors.isEmpty()) {
            throw new UserFacingException(errors);
        }
        PupilCase c = cases.findById(task.caseId()).orElseThrow();
        Conversation saved = conversations.save(new Conversation(c.id(), form, user.username(), clock.instant()));
        // "vinger aan de pols" on the empty-chair route: that route gives the follow-up task itself
        boolean routeFollowsUp = LegeStoelProcess.ID.equals(task.processId()) && form.outcome() == Outcome.WATCH;
        if (form.followUpDate() != null && !routeFollowsUp) {
            followUps.plan(c, saved, user.username());
        }
        timeline.add(c.id(), CaseEventType.CONVERSATION, user.username(), null, "timeline.conversation",
                Messages.date(form.heldOn()), Messages.nl("outcome." + form.outcome()), topics(form));
        taskService.finish(task, user, variables(form));
    }

    /**
     * A conversation beside the route: the mentor (own pupil) or the OC talks with pupil and parents again while the
     * case is open, also when no conversation task waits (a referred pupil). It goes on the timeline and completes no
     * task; the stage stays, because the route of the case decides that.
     */
    @PreAuthorize("hasAnyRole('MENTOR', 'OC')")
    @Transactional
    public void logExtra(long pupilId, ConversationForm form) {
        CurrentUser user = users.require();
        Pupil pupil = pupils.findById(pupilId).orElseThrow(() -> new UserFacingException("pupil.error.notFound"));
        access.check(user, pupil, "CONVERSATION_LOG_EXTRA");
        PupilCase c = cases.findByPupilIdAndStatus(pupil.id(), PupilCase.Status.OPEN)
                .orElseThrow(() -> new UserFacingException("fix.conversation.error.noOpenCase"));
        List<UserFacingException.Message> errors = form.validate(LocalDate.now(clock));
        if (!errors.isEmpty()) {
            throw new UserFacingException(errors);
        }
        Conversation saved = conversations.save(new Conversation(c.id(), form, user.username(), clock.instant()));
        if (form.followUpDate() != null) {
            followUps.plan(c, saved, user.username());
        }
        timeline.add(c.id(), CaseEventType.CONVERSATION, user.username(), null, "fix.timeline.extraConversation",
                Messages.date(form.heldOn()), Messages.nl("outcome." + form.outcome()), topics(form));
    }

    /** What the mentor wrote last on the task's case, for whoever may work on the task (the OC's referral). */
    @PreAuthorize("hasAnyRole('MENTOR', 'OC')")
    @Transactional(readOnly = true)
    public Optional<Conversation> latestOfTask(long taskId) {
        CaseTask task = taskService.workable(taskId, users.require(), "CONVERSATION_READ");
        return conversations.findByCaseIdOrderByHeldOnDescIdDesc(task.caseId()).stream().findFirst();
    }

    private static String topics(ConversationForm form) {
        return form.topics().stream().map(t -> Messages.nl("topic." + t)).sorted().collect(Collectors.joining(", "));
    }

    private static Map<String, Object> variables(ConversationForm form) {
        Map<String, Object> vars = new HashMap<>();
        vars.put(LegeStoelProcess.VAR_OUTCOME, form.outcome().name());
        if (form.followUpDate() != null) {
            vars.put("followUpDate", form.followUpDate().toString());
        }
        return vars;
    }
}
