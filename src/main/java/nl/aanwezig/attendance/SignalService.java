package nl.aanwezig.attendance;

import java.time.Clock;
import java.time.LocalDate;
import nl.aanwezig.school.SchoolCalendar;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns stored registrations into signals. Runs after every import; the listeners make sure the same
 * facts never raise a signal twice.
 */
@Service
public class SignalService {

    private final RegistrationStore registrations;
    private final SchoolCalendar calendar;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    SignalService(RegistrationStore registrations, SchoolCalendar calendar, Clock clock,
                  ApplicationEventPublisher events) {
        this.registrations = registrations;
        this.calendar = calendar;
        this.clock = clock;
        this.events = events;
    }

    /** First empty chairs of the current school day at one school. Returns how many pupils were signalled. */
    @Transactional
    public int detectEmptyChairs(long schoolId) {
        LocalDate day = calendar.currentSchoolDay(LocalDate.now(clock));
        var absences = registrations.unexplainedOn(day, schoolId);
        absences.forEach(a -> events.publishEvent(new EmptyChairDetected(a.pupilId(), a.date(), a.lessons())));
        return absences.size();
    }
}
