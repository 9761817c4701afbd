package nl.aanwezig.attendance.signals;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A verzuimmelding to DUO.
 *
 * @param startDate first day of the reported absence
 * @param endDate   for {@link Type#VERZUIM_16H} the day the threshold was reached; for
 *                  {@link Type#LUXE_VERZUIM} the last day of the run
 * @param hours     the counted hours from the start date up to and including the whole end date
 *                  (VO and MBO: lesson hours, PO: clock hours rounded down)
 * @param type      kind of report
 */
public record DuoReport(LocalDate startDate, LocalDate endDate, int hours, Type type) {

    /** Kind of DUO report. */
    public enum Type {
        /** 16 hours of unauthorised absence within 4 consecutive school weeks. */
        VERZUIM_16H,
        /** Extra holiday without leave. */
        LUXE_VERZUIM
    }

    /** Validates the period. */
    public DuoReport {
        Objects.requireNonNull(startDate, "startDate");
        Objects.requireNonNull(endDate, "endDate");
        Objects.requireNonNull(type, "type");
        if (endDate.isBefore(startDate)) {
            throw new IllegalArgumentException("einddatum voor begindatum");
        }
    }
}
