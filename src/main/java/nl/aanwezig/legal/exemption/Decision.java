package nl.aanwezig.legal.exemption;

import java.time.LocalDate;

/**
 * Leerplicht's outcome: granted (with its period) or refused, chosen explicitly ({@code granted} is {@code null} while
 * no choice is made), with the reason (motivering) and when it was entered in DUO's register.
 */
public record Decision(Boolean granted, PeriodKind periodKind, LocalDate validFrom, LocalDate validTo,
                       LocalDate duoRegisteredOn, String reason) {

    /** Whether leerplicht chose to grant it. */
    public boolean isGranted() {
        return Boolean.TRUE.equals(granted);
    }
}
