package nl.aanwezig.cases;

import java.util.List;
import java.time.Clock;
import java.time.LocalTime;
import java.util.stream.Collectors;
import java.util.HashMap;
import java.util.Map;
import nl.aanwezig.attendance.EmptyChairDetected;
import nl.aanwezig.attendance.SignalRaised;
import nl.aanwezig.attendance.SignalType;
import nl.aanwezig.base.Messages;
import nl.aanwezig.school.Pupil;
import nl.aanwezig.school.Pupils;
import nl.aanwezig.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Case changes that come from signals and from the process, not from a person at a screen. Every
 * method is idempotent: the same signal or a redelivered job writes once.
 */
@Service
public class CaseService {

    private final Cases cases;
    private final CaseTasks tasks;
    private final Pupils pupils;
    private final Timeline timeline;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;
    private final CasePartners partners;

    CaseService(Cases cases, CaseTasks tasks, Pupils pupils, Timeline timeline, ApplicationEventPublisher publisher,
                Clock clock, CasePartners partners) {
        this.partners = partners;
        this.cases = cases;
        this.tasks = tasks;
        this.pupils = pupils;
        this.timeline = timeline;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** A first empty chair opens the pupil's case, or feeds the open one. */
    @EventListener
    @Transactional
    public void on(EmptyChairDetected signal) {
        String key = "empty-chair:" + signal.pupilId() + ":" + signal.date();
        if (timeline.has(key)) {
            return;
        }
        Pupil pupil = pupils.findById(signal.pupilId()).orElseThrow();
        PupilCase open = cases.findByPupilIdAndStatus(pupil.id(), PupilCase.Status.OPEN).orElse(null);
        boolean isNew = open == null;
        if (isNew) {
            open = cases.save(PupilCase.open(pupil.id(), pupil.schoolId(), CaseStage.MENTOR_CONTACT, clock.instant()));
            timeline.add(open.id(), CaseEventType.CASE_OPENED, CurrentUser.SYSTEM.username(), null, "timeline.caseOpened");
        }
        String lessons = signal.lessons().stream().map(LocalTime::toString).collect(Collectors.joining(", "));
        timeline.add(open.id(), CaseEventType.EMPTY_CHAIR, CurrentUser.SYSTEM.username(), key,
                "timeline.emptyChair", Messages.date(signal.date()), lessons);
        if (isNew) {
            publisher.publishEvent(new CaseOpened(open.id(), pupil.id(), pupil.schoolId(), pupil.mentor()));
        }
    }

    /**
     * Any other signal (M@ZL, DUO, luxe verzuim, band change) opens or feeds the case, brings in the partner
     * whose signal it is (the jeugdarts for M@ZL, leerplicht for a DUO report) and starts the signal's route.
     */
    @EventListener
    @Transactional
    public void on(SignalRaised signal) {
        if (signal.type() == SignalType.EMPTY_CHAIR || timeline.has(signal.key())) {
            return;
        }
        Pupil pupil = pupils.findById(signal.pupilId()).orElseThrow();
        PupilCase open = cases.findByPupilIdAndStatus(pupil.id(), PupilCase.Status.OPEN)
                .orElseGet(() -> openBySignal(pupil));
        timeline.add(open.id(), CaseEventType.SIGNAL, CurrentUser.SYSTEM.username(), signal.key(), "timeline.signal",
                Messages.nl("signal." + signal.type()), Messages.date(signal.startDate()), Messages.date(signal.endDate()),
                signal.detail() == null ? "" : signal.detail());
        Map<String, Object> facts = new HashMap<>(signal.facts());
        partners.joinFor(open.id(), pupil.schoolId(), signal.type()).forEach(facts::put);
        publisher.publishEvent(new CaseSignalled(open.id(), pupil.id(), pupil.schoolId(), signal.type().name(),
                signal.key(), facts));
    }

    private PupilCase openBySignal(Pupil pupil) {
        PupilCase c = cases.save(PupilCase.open(pupil.id(), pupil.schoolId(), CaseStage.SIGNALLED, clock.instant()));
        timeline.add(c.id(), CaseEventType.CASE_OPENED, CurrentUser.SYSTEM.username(), null, "timeline.caseOpened");
        return c;
    }

    /**
     * The process created a human task. A redelivered job finds its task; a job recreated after a restart
     * binds to the open task of the same step.
     */
    @Transactional
    public CaseTask taskCreated(NewTask t) {
        var byJob = tasks.findByJobKey(t.jobKey());
        if (byJob.isPresent()) {
            return byJob.get();
        }
        var sameStep = tasks.findByRouteIdAndElementIdAndState(t.routeId(), t.elementId(), CaseTask.State.OPEN);
        if (sameStep.isPresent()) {
            sameStep.get().rebind(t.jobKey());
            return sameStep.get();
        }
        PupilCase c = cases.findById(t.caseId()).orElseThrow();
        CaseTask task = tasks.save(new CaseTask(c.id(), c.schoolId(), t, clock.instant()));
        timeline.add(c.id(), CaseEventType.TASK_OPENED, CurrentUser.SYSTEM.username(), "task:" + task.id(),
                "timeline.taskOpened", Messages.nl(t.titleKey()),
                t.assignee() != null ? t.assignee() : t.candidateGroup());
        return task;
    }

    /** The route ended with the worry resolved. Idempotent. */
    @Transactional
    public void close(long caseId) {
        PupilCase c = cases.findById(caseId).orElseThrow();
        if (c.close(clock.instant())) {
            timeline.add(caseId, CaseEventType.CASE_CLOSED, CurrentUser.SYSTEM.username(), "closed:" + caseId + ":" + c.closedAt(),
                    "timeline.caseClosed");
        }
    }

    /** Open tasks of one route: what a restarted engine must recreate. */
    @Transactional(readOnly = true)
    public List<CaseTask> openTasksOfRoute(long routeId) {
        return tasks.findByRouteIdAndState(routeId, CaseTask.State.OPEN);
    }
}
