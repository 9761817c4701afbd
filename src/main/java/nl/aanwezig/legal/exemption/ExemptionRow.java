package nl.aanwezig.legal.exemption;

import java.time.LocalDate;

/** An exemption in a list or on the panel's agenda: what the panel talks about, never the medical grounds. */
public record ExemptionRow(long id, long pupilId, String pupilName, String leerling, String schoolBrin,
                           LocalDate noticeDate, Outcome outcome, PeriodKind periodKind, LocalDate validFrom,
                           LocalDate validTo, LocalDate statementDate, String educationPossible,
                           LocalDate duoRegisteredOn, LocalDate lastReview) {
}
