package nl.aanwezig.attendance;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A pupil was absent today without a reason known to school: the first empty chair. Published once
 * per pupil and day; the cases module opens or feeds the pupil's case.
 */
public record EmptyChairDetected(long pupilId, LocalDate date, List<LocalTime> lessons) {
}
