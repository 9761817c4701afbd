package nl.aanwezig.attendance.signals;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.aanwezig.attendance.EmptyChairDetected;
import nl.aanwezig.attendance.RegistrationStore;
import nl.aanwezig.attendance.SignalRaised;
import nl.aanwezig.attendance.SignalType;
import nl.aanwezig.school.SchoolCalendar;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the empty chairs of the recent school days in the stored registrations: the first signal of the route. Runs
 * after every import; a day already signalled is not signalled again. (The other signals: {@link SignalDetection}.)
 */
@Service
public class EmptyChairDetection {

    private final RegistrationStore registrations;
    private final SchoolCalendar calendar;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final SignalStore store;
    private final int schoolDays;

    EmptyChairDetection(RegistrationStore registrations, SchoolCalendar calendar, Clock clock,
                        ApplicationEventPublisher events, SignalStore store,
                        @Value("${aanwezig.signals.empty-chair-days-back:1}") int daysBack) {
        // the current school day and this many school days before it
        this.schoolDays = 1 + Math.max(0, daysBack);
        this.store = store;
        this.registrations = registrations;
        this.calendar = calendar;
        this.clock = clock;
        this.events = events;
    }

    /**
     * Empty chairs of the recent school days at one school, oldest first: the current school day and
     * {@code aanwezig.signals.empty-chair-days-back} school days before it (1 by default), on the school's own
     * calendar (weekends, holidays and study days skipped): a Monday morning import of Friday night's export still
     * reaches the mentor with Friday's. Returns how many were newly signalled; a pupil's day already signalled is
     * not signalled again.
     */
    @Transactional
    public int detectEmptyChairs(long schoolId) {
        return detectEmptyChairs(schoolId, Changed.ALL);
    }

    /** As {@link #detectEmptyChairs(long)}, for the pupils an import changed. */
    int detectEmptyChairs(long schoolId, Changed changed) {
        int raised = 0;
        for (LocalDate day : calendar.recentSchoolDays(schoolId, LocalDate.now(clock), schoolDays).reversed()) {
            Map<Long, List<LocalTime>> lessons = new HashMap<>();
            List<SignalRaised> found = new ArrayList<>();
            for (var a : registrations.unexplainedOn(day, schoolId, changed.pupilIds())) {
                lessons.put(a.pupilId(), a.lessons());
                found.add(new SignalRaised(a.pupilId(), schoolId, SignalType.EMPTY_CHAIR, day, day, null, Map.of()));
            }
            for (SignalRaised signal : found.isEmpty() ? found : store.insertNew(found)) {
                events.publishEvent(new EmptyChairDetected(signal.pupilId(), day, lessons.get(signal.pupilId())));
                raised++;
            }
        }
        return raised;
    }
}
