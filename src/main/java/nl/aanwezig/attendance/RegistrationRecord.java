package nl.aanwezig.attendance;

import java.time.LocalDate;
import java.time.LocalTime;

/** One scheduled lesson (VO) or half-day (PO) of a known pupil, as stored. */
public record RegistrationRecord(long pupilId, LocalDate date, LocalTime start, LocalTime end,
                                 String status, String reason, int minutesLate) {

    public static final String ABSENT = "afwezig";
    public static final String UNKNOWN_REASON = "onbekend";

    public boolean unexplainedAbsence() {
        return ABSENT.equals(status) && UNKNOWN_REASON.equals(reason);
    }
}
