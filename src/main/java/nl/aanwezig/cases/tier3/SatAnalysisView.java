package nl.aanwezig.cases.tier3;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import nl.aanwezig.cases.tier3.Tier3Decisions.FactorGroup;

/** A SAT analysis as recorded: what was known, the advice of the decision table and what the SAT decided. */
public record SatAnalysisView(Instant at, String by, Map<FactorGroup, SatAnalysisForm.Factor> factors, String hypotheses,
                              String pupilView, String parentsView, String advice, String band, BigDecimal trend,
                              String advised, String decision, String overrideReason, LocalDate reviewOn) {
}
