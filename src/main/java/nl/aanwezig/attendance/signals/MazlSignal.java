package nl.aanwezig.attendance.signals;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A M@ZL signal: the jeugdarts should be asked for advice about a sick-reported pupil.
 *
 * @param kind      which M@ZL criterion was met
 * @param startDate start of the first sick report involved
 * @param endDate   the day the criterion was met
 */
public record MazlSignal(Kind kind, LocalDate startDate, LocalDate endDate) {

    /** The M@ZL criteria. */
    public enum Kind {
        /** A fourth sick report starting within 12 weeks of the first of four. */
        FOURTH_REPORT_IN_12_WEEKS,
        /** The seventh consecutive sick school day of one sick report. */
        SEVENTH_CONSECUTIVE_DAY
    }

    /** Validates non-null fields. */
    public MazlSignal {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(startDate, "startDate");
        Objects.requireNonNull(endDate, "endDate");
    }
}
