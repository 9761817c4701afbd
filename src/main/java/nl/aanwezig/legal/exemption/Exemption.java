package nl.aanwezig.legal.exemption;

import java.time.LocalDate;

/** An exemption dossier as everyone allowed sees it: never the medical grounds (see {@link ExemptionService}). */
public record Exemption(long id, long pupilId, long schoolId, LocalDate noticeDate, String givenBy, String leerplicht,
                        String statementWriter, String doctorName, Boolean doctorDesignated, LocalDate statementDate,
                        String educationPossible, boolean neverAble, Outcome outcome, PeriodKind periodKind,
                        LocalDate validFrom, LocalDate validTo, LocalDate duoRegisteredOn) {

    /** Whether the statement is in (written by the jeugdarts or brought by the parents). */
    public boolean hasStatement() {
        return statementDate != null;
    }
}
