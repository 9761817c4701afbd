package nl.aanwezig.attendance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import nl.aanwezig.attendance.signals.SignalStore;
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
    private final SignalStore store;

    SignalService(RegistrationStore registrations, SchoolCalendar calendar, Clock clock,
                  ApplicationEventPublisher events, SignalStore store) {
        this.store = store;
        this.registrations = registrations;
        this.calendar = calendar;
        this.clock = clock;
        this.events = events;
    }

    /** First empty chairs of the current school day at one school. Returns how many pupils were newly signalled. */
    @Transactional
    public int detectEmptyChairs(long schoolId) {
        LocalDate day = calendar.currentSchoolDay(LocalDate.now(clock));
        int raised = 0;
        for (var a : registrations.unexplainedOn(day, schoolId)) {
            var signal = new SignalRaised(a.pupilId(), schoolId, SignalType.EMPTY_CHAIR, day, day, null, Map.of());
            if (store.insertIfNew(signal)) {
                events.publishEvent(new EmptyChairDetected(a.pupilId(), a.date(), a.lessons()));
                raised++;
            }
        }
        return raised;
    }
}
