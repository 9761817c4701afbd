package nl.aanwezig.legal.duo;

import java.time.LocalDate;
import nl.aanwezig.attendance.DuoReportKind;

/** What the OC fills in on the report; {@code reportedOn} and {@code duoReference} only when it is made at DUO. */
public record DuoReportForm(DuoReportKind type, LocalDate startDate, LocalDate endDate, int hours, String lessons,
                            String reason, String schoolActions, LocalDate reportedOn, String duoReference) {
}
