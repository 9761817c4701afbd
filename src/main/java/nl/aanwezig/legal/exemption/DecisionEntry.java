package nl.aanwezig.legal.exemption;

import java.time.Instant;
import java.time.LocalDate;

/** One decision in an exemption's history: the first one or a later correction, with its reason and who made it. */
public record DecisionEntry(Outcome outcome, PeriodKind periodKind, LocalDate validFrom, LocalDate validTo,
                            String reason, String decidedBy, String decidedByName, Instant decidedAt,
                            boolean correction) {
}
