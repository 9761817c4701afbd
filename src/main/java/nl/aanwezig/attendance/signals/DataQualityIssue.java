package nl.aanwezig.attendance.signals;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A suspicion about the quality of registrations. "Data is neutral; interpretations are not": an issue
 * asks a human to look, it does not change any figure.
 *
 * @param kind    which check raised it
 * @param subject what it is about: a class name, a pupil number, or empty for the school as a whole
 * @param date    the day concerned, or {@code null} when the issue is about a whole period
 * @param detail  Dutch explanation for the user
 */
public record DataQualityIssue(Kind kind, String subject, LocalDate date, String detail) {

    /** The data quality checks. */
    public enum Kind {
        /** A class with lessons but not a single absence or lateness: probably nobody registered. */
        CLASS_WITHOUT_ABSENCE,
        /** A late arrival that seems to have been registered as a morning absence. */
        LATENESS_AS_HALF_DAY_ABSENCE,
        /** A school day without any registration. */
        DAY_WITHOUT_REGISTRATIONS,
        /** Absence-only route: a "not an absence" code (BV, HV) with minutes late, or on every lesson of a day. */
        NOT_AN_ABSENCE_AS_ABSENCE,
        /** Absence-only route: absences on a day the pupil has no lesson (timetable, holiday, study day). */
        ABSENCES_WITHOUT_TIMETABLE,
        /** Absence-only route: an absence on a lesson hour the bell schedule does not have for that weekday. */
        HOUR_OUTSIDE_SCHEDULE,
        /** Absence-only route: a pupil with absences but no timetable at all in the period. */
        PUPIL_WITHOUT_TIMETABLE
    }

    /** Validates non-null fields (except {@code date}). */
    public DataQualityIssue {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(detail, "detail");
    }
}
