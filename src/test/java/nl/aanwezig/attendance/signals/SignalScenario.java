package nl.aanwezig.attendance.signals;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import nl.aanwezig.attendance.RegistrationRecord;
import nl.aanwezig.attendance.RegistrationStore;
import nl.aanwezig.attendance.RegistrationsImported;
import nl.aanwezig.cases.Cases;
import nl.aanwezig.school.Pupil;
import nl.aanwezig.support.Routes;
import nl.aanwezig.support.TestClock;
import nl.aanwezig.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the signal tests share: weeks of school from {@link #MONDAY} written as an import writes them, the
 * import's event, and a clock on the Monday after those weeks, so their signals are recent and acted on.
 */
abstract class SignalScenario {

    static final LocalDate MONDAY = LocalDate.of(2026, 10, 5);

    @Autowired TestData data;
    @Autowired TestClock clock;
    @Autowired Routes routes;
    @Autowired RegistrationStore registrations;
    @Autowired SignalStore signals;
    @Autowired Cases cases;
    @Autowired ApplicationEventPublisher publisher;
    @Autowired TransactionTemplate tx;

    @BeforeEach
    void onTheMondayAfter() {
        clock.set(LocalDateTime.of(2026, 11, 2, 12, 0));
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    /** The event of an import of the test school's registrations of {@code weeks} weeks from MONDAY. */
    void imported(int weeks) {
        tx.executeWithoutResult(s -> publisher.publishEvent(
                new RegistrationsImported(Set.of(routes.school().id()), MONDAY, MONDAY.plusWeeks(weeks))));
    }

    /** Weeks of school from MONDAY, four 50-minute lessons a day; {@code reason} gives an absence reason or null. */
    static List<RegistrationRecord> weeks(Pupil pupil, int weeks, BiFunction<LocalDate, Integer, String> reason) {
        List<RegistrationRecord> out = new ArrayList<>();
        for (LocalDate day = MONDAY; day.isBefore(MONDAY.plusWeeks(weeks)); day = day.plusDays(1)) {
            if (day.getDayOfWeek().getValue() > 5) {
                continue;
            }
            LocalTime start = LocalTime.of(8, 30);
            for (int i = 0; i < 4; i++, start = start.plusMinutes(50)) {
                String r = reason.apply(day, i);
                out.add(new RegistrationRecord(pupil.id(), day, start, start.plusMinutes(50),
                        r == null ? "aanwezig" : "afwezig", r, 0));
            }
        }
        return out;
    }
}
