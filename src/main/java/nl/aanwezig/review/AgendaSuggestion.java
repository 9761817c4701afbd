package nl.aanwezig.review;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.aanwezig.base.Messages;
import nl.aanwezig.cases.CaseStage;

/**
 * A case suggested for the agenda, with every reason it is suggested.
 *
 * @param nextEvaluation the earliest evaluation due of its plan or arrangement, or null
 * @param recentPct      attendance of the last four weeks, when the trend is a reason (else null)
 * @param previousPct    attendance of the four weeks before, when the trend is a reason (else null)
 * @param yearPct        attendance of the school year so far, when it is below the red line (else null)
 */
public record AgendaSuggestion(long caseId, long pupilId, String leerling, String pupilName, CaseStage stage,
                               List<Reason> reasons, LocalDate nextEvaluation, BigDecimal recentPct,
                               BigDecimal previousPct, BigDecimal yearPct) {

    public AgendaSuggestion {
        reasons = List.copyOf(reasons);
    }

    /** Each reason in Dutch, with its date or percentages. */
    public String reasonText(Reason reason) {
        return Messages.nl(reason.messageKey(), Messages.date(nextEvaluation), pct(recentPct), pct(previousPct),
                pct(yearPct));
    }

    private static String pct(BigDecimal pct) {
        return pct == null ? "" : pct.toPlainString().replace('.', ',') + "%";
    }

    public boolean overdue() {
        return reasons.contains(Reason.EVALUATION_OVERDUE);
    }
}
