package nl.aanwezig.cases.tasks;

import java.time.Clock;
import nl.aanwezig.base.DisplayNames;
import nl.aanwezig.base.Messages;
import nl.aanwezig.cases.CaseClosed;
import nl.aanwezig.cases.Cases;
import nl.aanwezig.cases.PupilCase;
import nl.aanwezig.cases.timeline.CaseEventType;
import nl.aanwezig.cases.timeline.Timeline;
import nl.aanwezig.school.MentorChanged;
import nl.aanwezig.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case's tasks as the process and the case make and end them, not a person at a screen: created and withdrawn with
 * their job, withdrawn when the case closes, handed over with the pupil's mentor. Every method is idempotent.
 */
@Service
public class TaskLifecycle {

    private final Cases cases;
    private final CaseTasks tasks;
    private final Timeline timeline;
    private final Clock clock;
    private final DisplayNames names;
    private final ApplicationEventPublisher events;

    TaskLifecycle(Cases cases, CaseTasks tasks, Timeline timeline, Clock clock, DisplayNames names,
                  ApplicationEventPublisher events) {
        this.events = events;
        this.cases = cases;
        this.tasks = tasks;
        this.timeline = timeline;
        this.clock = clock;
        this.names = names;
    }

    /** The process created a human task: one task per job; a redelivered job finds its task. */
    @Transactional
    public CaseTask taskCreated(NewTask t) {
        var byJob = tasks.findByJobKey(t.jobKey());
        if (byJob.isPresent()) {
            return byJob.get();
        }
        PupilCase c = cases.findById(t.caseId()).orElseThrow();
        CaseTask task = tasks.save(new CaseTask(c.id(), c.schoolId(), t, clock.instant()));
        timeline.add(c.id(), CaseEventType.TASK_OPENED, CurrentUser.SYSTEM.username(), "task:" + task.id(),
                "timeline.taskOpened", Messages.nl(t.titleKey()),
                t.assignee() != null ? names.of(t.assignee()) : Messages.nl("group." + t.candidateGroup()));
        events.publishEvent(new TaskCreated(task.id(), c.id(), c.schoolId(), t.assignee(), t.candidateGroup()));
        return task;
    }

    /** The engine no longer has the task's job: it leaves every inbox. False if it was not open any more. */
    @Transactional
    public boolean taskWithdrawn(long taskId) {
        CaseTask t = tasks.findById(taskId).orElse(null);
        if (t == null || !t.withdraw(clock.instant())) {
            return false;
        }
        timeline.add(t.caseId(), CaseEventType.TASK_WITHDRAWN, CurrentUser.SYSTEM.username(), "withdrawn:" + taskId,
                "timeline.taskWithdrawn", Messages.nl(t.titleKey()));
        return true;
    }

    /** A pupil import gave the pupil another mentor: the old mentor's open tasks of the pupil's case go along. */
    @EventListener
    @Transactional
    public void on(MentorChanged changed) {
        if (changed.oldMentor() == null) {
            return;
        }
        cases.findByPupilIdAndStatus(changed.pupilId(), PupilCase.Status.OPEN).ifPresent(c -> {
            for (CaseTask t : tasks.findByCaseIdAndState(c.id(), CaseTask.State.OPEN)) {
                if (changed.oldMentor().equals(t.assignee())) {
                    t.reassign(changed.newMentor());
                    timeline.add(c.id(), CaseEventType.TASK_HANDED_OVER, CurrentUser.SYSTEM.username(),
                            "handover:" + t.id() + ":" + changed.newMentor() + ":" + clock.millis(), "timeline.taskHandedOver",
                            Messages.nl(t.titleKey()), names.of(changed.oldMentor()), names.of(changed.newMentor()));
                }
            }
        });
    }

    /**
     * The case closed: every open task of it leaves the inboxes, in the closing transaction and before the case's
     * routes are told to end.
     */
    @EventListener
    @Order(Ordered.HIGHEST_PRECEDENCE)
    @Transactional
    public void on(CaseClosed closed) {
        for (CaseTask t : tasks.findByCaseIdAndState(closed.caseId(), CaseTask.State.OPEN)) {
            t.withdraw(clock.instant());
        }
    }
}
