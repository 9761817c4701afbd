package nl.aanwezig.attendance.signals;

import java.time.LocalDate;
import java.util.Objects;
import nl.aanwezig.attendance.DuoReportKind;

/**
 * A verzuimmelding to DUO.
 *
 * @param startDate first day of the reported absence
 * @param endDate   for {@link DuoReportKind#DUO_16H} the day the threshold was reached; for
 *                  {@link DuoReportKind#LUXE} the last day of the run
 * @param hours     the counted hours from the start date up to and including the whole end date
 *                  (VO and MBO: lesson hours, PO: clock hours rounded down)
 * @param type      kind of report: {@link DuoReportKind#DUO_16H} or {@link DuoReportKind#LUXE}
 */
public record DuoReport(LocalDate startDate, LocalDate endDate, int hours, DuoReportKind type) {

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
