package nl.aanwezig.cases.timeline;

import java.time.Clock;
import nl.aanwezig.base.Messages;
import org.springframework.stereotype.Component;

/** Writes timeline entries. The summary is stored as text: it is the record of what happened then. */
@Component
public class Timeline {

    private final CaseEvents events;
    private final Clock clock;

    Timeline(CaseEvents events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    public void add(long caseId, CaseEventType type, String actor, String sourceKey, String key, Object... args) {
        events.save(new CaseEvent(caseId, clock.instant(), type, actor, Messages.nl(key, args), sourceKey));
    }

    public boolean has(String sourceKey) {
        return events.existsBySourceKey(sourceKey);
    }
}
