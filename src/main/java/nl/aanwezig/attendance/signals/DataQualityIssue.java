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
        DAY_WITHOUT_REGISTRATIONS
    }

    /** Validates non-null fields (except {@code date}). */
    public DataQualityIssue {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(detail, "detail");
    }
}
