package nl.aanwezig.attendance;

import java.time.LocalDate;
import java.util.Map;

/**
 * A new signal for a pupil: published once per set of facts (type, start, end), inside the transaction
 * that stored it; the cases module opens or feeds the pupil's case.
 */
public record SignalRaised(long pupilId, long schoolId, SignalType type, LocalDate startDate, LocalDate endDate,
                           String detail, Map<String, Object> facts) {

    /** Identifies the facts; the same key never raises twice. */
    public String key() {
        return type + ":" + pupilId + ":" + startDate + ":" + endDate;
    }
}
