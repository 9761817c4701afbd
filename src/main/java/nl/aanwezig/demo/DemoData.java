package nl.aanwezig.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import nl.aanwezig.attendance.RegistrationStore;
import nl.aanwezig.attendance.RegistrationsImported;
import nl.aanwezig.school.School;
import nl.aanwezig.school.SchoolCalendar;
import nl.aanwezig.school.Schools;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.support.TransactionTemplate;
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
    private final SchoolCalendar calendar;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final DemoJourneys journeys;
    /** Off for tests that compare the demo's tasks before and after a restart (the journeys move them meanwhile). */
    private final boolean journeysEnabled;

    DemoData(@Value("${aanwezig.demo-data:false}") boolean enabled,
             @Value("${aanwezig.demo-journeys:true}") boolean journeysEnabled, Schools schools, DemoPeople people,
             DemoAttendance attendance, RegistrationStore registrations,
             SchoolCalendar calendar, Clock clock, ApplicationEventPublisher events, TransactionTemplate tx,
             DemoJourneys journeys) {
        this.journeys = journeys;
        this.journeysEnabled = journeysEnabled;
        this.enabled = enabled;
        this.schools = schools;
        this.people = people;
        this.attendance = attendance;
        this.registrations = registrations;
        this.calendar = calendar;
        this.clock = clock;
        this.events = events;
        this.tx = tx;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(20)
    void loadOnFirstStart() {
        if (!enabled || schools.findByBrin(DemoPeople.VO_BRIN).isPresent()) {
            return;
        }
        // the last school day whose lessons have begun: before the first lesson on a Monday the demo ends on Friday,
        // as on the weekend, so its four weeks (and every figure and band) are the same as then
        LocalDate lastDay = attendance.emptyChairDay(calendar.currentSchoolDay(LocalDate.now(clock)));
        List<School> loaded = people.load();
        loaded.forEach(school -> people.linkPartners(school.id()));
        int rows = tx.execute(status -> {
            int written = registrations.insert(attendance.generate(lastDay));
            events.publishEvent(new RegistrationsImported(
                    loaded.stream().map(School::id).collect(Collectors.toSet()),
                    lastDay.minusWeeks(DemoAttendance.WEEKS), lastDay));
            return written;
        });
        // the signals (today's empty chairs among them) follow from the import event, as after any import
        log.info("Demo data loaded: {} schools, {} registrations up to {}", loaded.size(), rows, lastDay);
        if (journeysEnabled) {
            journeys.start();
        }
    }
}
