package nl.aanwezig.cases.tasks;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.aanwezig.attendance.RegistrationStore;
import nl.aanwezig.cases.Cases;
import nl.aanwezig.cases.PupilCase;
import nl.aanwezig.school.Pupil;
import nl.aanwezig.school.Pupils;
import nl.aanwezig.school.SchoolCalendar;
import nl.aanwezig.school.SchoolClasses;
import nl.aanwezig.security.CurrentUser;
import nl.aanwezig.security.CurrentUsers;
import nl.aanwezig.workflow.LegeStoelProcess;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mentor's "Vandaag": own pupils with an empty chair today, and those of the school day before whose
 * conversation is still open, each with the task to act on it.
 */
@Service
public class TodayService {

    private final RegistrationStore registrations;
    private final Pupils pupils;
    private final SchoolClasses classes;
    private final Cases cases;
    private final CaseTasks tasks;
    private final SchoolCalendar calendar;
    private final CurrentUsers users;
    private final Clock clock;
    private final int schoolDays;

    TodayService(RegistrationStore registrations, Pupils pupils, SchoolClasses classes, Cases cases, CaseTasks tasks,
                 SchoolCalendar calendar, CurrentUsers users, Clock clock,
                 @Value("${aanwezig.signals.empty-chair-days-back:1}") int daysBack) {
        // the current school day and this many school days before it
        this.schoolDays = 1 + Math.max(0, daysBack);
        this.registrations = registrations;
        this.pupils = pupils;
        this.classes = classes;
        this.cases = cases;
        this.tasks = tasks;
        this.calendar = calendar;
        this.users = users;
        this.clock = clock;
    }

    @PreAuthorize("hasAnyRole('MENTOR')")
    @Transactional(readOnly = true)
    public Today today() {
        CurrentUser user = users.require();
        LocalDate now = LocalDate.now(clock);
        List<LocalDate> days = user.schoolId() == null ? calendar.recentSchoolDays(now, schoolDays)
                : calendar.recentSchoolDays(user.schoolId(), now, schoolDays);
        LocalDate day = days.get(0);
        List<EmptyChair> chairs = new ArrayList<>();
        for (LocalDate d : days) {
            // the current school day's empty chairs all; an earlier day's only while its conversation is still to be had
            boolean current = d.equals(day);
            registrations.unexplainedOn(d, user.schoolId()).stream()
                    .filter(a -> chairs.stream().noneMatch(c -> c.pupilId() == a.pupilId()))
                    .map(a -> chair(pupils.findById(a.pupilId()).orElseThrow(), d, a.lessons(), user))
                    .filter(Objects::nonNull)
                    .filter(c -> current || c.taskId() != null)
                    .forEach(chairs::add);
        }
        return new Today(day, day.equals(now), chairs);
    }

    /** Null when the pupil is not this mentor's. */
    private EmptyChair chair(Pupil p, LocalDate date, List<LocalTime> lessons, CurrentUser user) {
        if (!user.username().equals(p.mentor())) {
            return null;
        }
        String className = p.classId() == null ? "" : classes.findById(p.classId()).map(c -> c.name()).orElse("");
        Long taskId = cases.findByPupilIdAndStatus(p.id(), PupilCase.Status.OPEN)
                .flatMap(c -> tasks.findByCaseIdAndState(c.id(), CaseTask.State.OPEN).stream()
                        .filter(t -> user.username().equals(t.assignee())
                                && LegeStoelProcess.FORM_CONVERSATION.equals(t.form()))
                        .map(CaseTask::id).findFirst())
                .orElse(null);
        return new EmptyChair(p.id(), p.fullName(), p.firstName(), className, date, lessons, taskId);
    }

    /** Today's page: the school day shown, whether it is today, and the empty chairs. */
    public record Today(LocalDate day, boolean isToday, List<EmptyChair> chairs) {
    }

    /** One pupil's latest empty chair (on {@code date}), with the open conversation task if the route has created it. */
    public record EmptyChair(long pupilId, String name, String firstName, String className, LocalDate date,
                             List<LocalTime> lessons, Long taskId) {
    }
}
