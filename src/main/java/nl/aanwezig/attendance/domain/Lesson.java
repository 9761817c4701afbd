package nl.aanwezig.attendance.domain;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/**
 * One scheduled lesson (or half-day) of one pupil and what happened in it.
 *
 * @param date        the school day
 * @param start       scheduled start
 * @param end         scheduled end, strictly after {@code start}
 * @param status      attendance in this lesson
 * @param reason      the absence reason; present exactly when {@code status} is {@link AttendanceStatus#AFWEZIG}
 * @param minutesLate for {@link AttendanceStatus#TE_LAAT}: {@code 0 < minutesLate < lesson length}; otherwise 0
 */
public record Lesson(LocalDate date, LocalTime start, LocalTime end, AttendanceStatus status,
                     AbsenceReason reason, int minutesLate) {

    /** Validates the invariants listed on the record; throws {@link IllegalArgumentException} when violated. */
    public Lesson {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(status, "status");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("eindtijd niet na begintijd: " + start + "-" + end);
        }
        if ((status == AttendanceStatus.AFWEZIG) != (reason != null)) {
            throw new IllegalArgumentException("reden hoort precies bij afwezig, niet bij " + status.csvValue());
        }
        int length = (int) Duration.between(start, end).toMinutes();
        if (status == AttendanceStatus.TE_LAAT && (minutesLate <= 0 || minutesLate >= length)) {
            throw new IllegalArgumentException("minuten te laat moet tussen 0 en " + length + " liggen: " + minutesLate);
        }
        if (status != AttendanceStatus.TE_LAAT && minutesLate != 0) {
            throw new IllegalArgumentException("minuten te laat alleen bij te_laat");
        }
    }

    /** A present lesson. */
    public static Lesson present(LocalDate date, LocalTime start, LocalTime end) {
        return new Lesson(date, start, end, AttendanceStatus.AANWEZIG, null, 0);
    }

    /** A lesson the pupil arrived {@code minutesLate} minutes late for. */
    public static Lesson late(LocalDate date, LocalTime start, LocalTime end, int minutesLate) {
        return new Lesson(date, start, end, AttendanceStatus.TE_LAAT, null, minutesLate);
    }

    /** A lesson the pupil missed for {@code reason}. */
    public static Lesson absent(LocalDate date, LocalTime start, LocalTime end, AbsenceReason reason) {
        return new Lesson(date, start, end, AttendanceStatus.AFWEZIG, Objects.requireNonNull(reason, "reason"), 0);
    }

    /** Scheduled length in minutes. */
    public int scheduledMinutes() {
        return (int) Duration.between(start, end).toMinutes();
    }

    /** Minutes present: the full lesson, the lesson minus the minutes late, or 0 when absent. */
    public int presentMinutes() {
        return switch (status) {
            case AANWEZIG -> scheduledMinutes();
            case TE_LAAT -> scheduledMinutes() - minutesLate;
            case AFWEZIG -> 0;
        };
    }

    /** Absent for a reason that is not authorised (spijbelen, luxeverzuim, onbekend). */
    public boolean unauthorisedAbsence() {
        return status == AttendanceStatus.AFWEZIG && !reason.authorised();
    }

    /** Absent for an authorised reason. */
    public boolean authorisedAbsence() {
        return status == AttendanceStatus.AFWEZIG && reason.authorised();
    }

    /** Absent with the given reason. */
    public boolean absentFor(AbsenceReason absenceReason) {
        return status == AttendanceStatus.AFWEZIG && reason == absenceReason;
    }
}
