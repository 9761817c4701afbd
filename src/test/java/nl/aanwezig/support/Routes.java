package nl.aanwezig.support;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import nl.aanwezig.attendance.signals.EmptyChairDetection;
import nl.aanwezig.cases.Cases;
import nl.aanwezig.cases.PupilCase;
import nl.aanwezig.cases.tasks.CaseTask;
import nl.aanwezig.cases.tasks.CaseTasks;
import nl.aanwezig.school.Pupil;
import nl.aanwezig.school.School;
import nl.aanwezig.school.SchoolCalendar;
import nl.aanwezig.school.Schools;
import org.springframework.stereotype.Component;

/** Starts the empty-chair route for a fresh pupil of the fixture's school T1VO, as an import would. */
@Component
public class Routes {

    /** A bound, not a pause: generous, because a busy 2-core machine (CI) can be slow, and a state that comes returns at once. */
    public static final Duration WAIT = Duration.ofSeconds(60);

    private final TestData data;
    private final Schools schools;
    private final EmptyChairDetection signals;
    private final SchoolCalendar calendar;
    private final Cases cases;
    private final CaseTasks tasks;
    private final Clock clock;

    Routes(TestData data, Schools schools, EmptyChairDetection signals, SchoolCalendar calendar, Cases cases,
           CaseTasks tasks, Clock clock) {
        this.data = data;
        this.schools = schools;
        this.signals = signals;
        this.calendar = calendar;
        this.cases = cases;
        this.tasks = tasks;
        this.clock = clock;
    }

    public School school() {
        return schools.findByBrin("T1VO").orElseThrow();
    }

    public LocalDate schoolDay() {
        return calendar.currentSchoolDay(LocalDate.now(clock));
    }

    /** A pupil of {@code mentor} absent without known reason today; returns once the mentor's task exists. */
    public Started emptyChair(String leerling, String mentor) {
        Pupil pupil = data.pupil(school(), leerling, "2B", mentor);
        data.voDay(pupil, schoolDay(), 2);
        signals.detectEmptyChairs(school().id());
        PupilCase c = cases.findByPupilIdAndStatus(pupil.id(), PupilCase.Status.OPEN).orElseThrow();
        CaseTask task = openTask(c.id(), "contact-pupil");
        return new Started(pupil, c.id(), task.id());
    }

    public CaseTask openTask(long caseId, String elementId) {
        return Eventually.get(() -> tasks.findByCaseIdAndElementIdAndState(caseId, elementId, CaseTask.State.OPEN),
                WAIT, "open task " + elementId + " of case " + caseId);
    }

    public java.util.List<CaseTask> openTasks(long caseId, String elementId) {
        return tasks.findByCaseIdAndState(caseId, CaseTask.State.OPEN).stream()
                .filter(t -> t.elementId().equals(elementId)).toList();
    }

    /** Waits until the engine has the completion and the task left the inbox (the route moved on). */
    public void awaitTaskGone(long taskId) {
        Eventually.get(() -> tasks.findById(taskId).filter(t -> !t.isOpen()), WAIT, "task " + taskId + " done");
    }

    public PupilCase awaitCase(long caseId, java.util.function.Predicate<PupilCase> condition, String what) {
        return Eventually.get(() -> cases.findById(caseId).filter(condition), WAIT, what);
    }

    /** A route as the tests see it. */
    public record Started(Pupil pupil, long caseId, long taskId) {
    }
}
