package nl.aanwezig.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.aanwezig.attendance.RegistrationStore;
import nl.aanwezig.attendance.SignalService;
import nl.aanwezig.school.School;
import nl.aanwezig.school.SchoolCalendar;
import nl.aanwezig.school.Schools;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads the demo on the first start only (an empty database), after the workflow is ready, so that
 * today's empty chairs start their routes like any import would.
 */
@Component
class DemoData {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final boolean enabled;
    private final Schools schools;
    private final DemoPeople people;
    private final DemoAttendance attendance;
    private final RegistrationStore registrations;
    private final SignalService signals;
    private final SchoolCalendar calendar;
    private final Clock clock;

    DemoData(@Value("${aanwezig.demo-data:false}") boolean enabled, Schools schools, DemoPeople people,
             DemoAttendance attendance, RegistrationStore registrations, SignalService signals,
             SchoolCalendar calendar, Clock clock) {
        this.enabled = enabled;
        this.schools = schools;
        this.people = people;
        this.attendance = attendance;
        this.registrations = registrations;
        this.signals = signals;
        this.calendar = calendar;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(20)
    void loadOnFirstStart() {
        if (!enabled || schools.count() > 0) {
            return;
        }
        LocalDate lastDay = calendar.currentSchoolDay(LocalDate.now(clock));
        List<School> loaded = people.load();
        int rows = registrations.insert(attendance.generate(lastDay));
        int chairs = loaded.stream().mapToInt(s -> signals.detectEmptyChairs(s.id())).sum();
        log.info("Demo data loaded: {} schools, {} registrations up to {}, {} empty chairs today",
                loaded.size(), rows, lastDay, chairs);
    }
}
