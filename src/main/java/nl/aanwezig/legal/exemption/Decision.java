package nl.aanwezig.legal.exemption;

import java.time.LocalDate;

/** Leerplicht's outcome: granted (with its period) or refused, and when it was entered in DUO's register. */
public record Decision(boolean granted, PeriodKind periodKind, LocalDate validFrom, LocalDate validTo,
                       LocalDate duoRegisteredOn) {
}
