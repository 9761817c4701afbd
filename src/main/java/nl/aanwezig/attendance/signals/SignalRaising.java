package nl.aanwezig.attendance.signals;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.aanwezig.attendance.SignalRaised;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Stores what a detection found and acts on the new signals (case, route) only when their facts are recent. Importing
 * a year of history must not hand the OC a task for every sick report since August: older signals are kept for the
 * record (and the API) but raise nothing.
 */
@Component
class SignalRaising {

    private final SignalStore store;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final int actWithinDays;

    SignalRaising(SignalStore store, ApplicationEventPublisher events, Clock clock,
                  @Value("${aanwezig.signals.act-within-days:28}") int actWithinDays) {
        this.store = store;
        this.events = events;
        this.clock = clock;
        this.actWithinDays = actWithinDays;
    }

    /** The app's clock, which decides what is recent. */
    Clock clock() {
        return clock;
    }

    /** Stores the signals (each set of facts once, ever); returns how many were new. */
    int raise(List<SignalRaised> found) {
        if (found.isEmpty()) {
            return 0;
        }
        List<SignalRaised> fresh = store.insertNew(found);
        LocalDate recent = LocalDate.now(clock).minusDays(actWithinDays);
        for (SignalRaised signal : fresh) {
            if (!signal.endDate().isBefore(recent)) {
                events.publishEvent(signal);
            }
        }
        return fresh.size();
    }
}
