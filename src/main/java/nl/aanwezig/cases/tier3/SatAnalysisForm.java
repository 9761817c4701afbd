package nl.aanwezig.cases.tier3;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.aanwezig.base.UserFacingException.Message;
import nl.aanwezig.cases.tier3.Tier3Decisions.FactorGroup;
import nl.aanwezig.cases.tier3.Tier3Decisions.Sat;

/**
 * The SAT's analysis: per group of factors what is known and what is not, hypotheses, the pupil's and the parents'
 * own view, the advice, and the decision (with a reason when it differs from the decision table's advice, and a
 * review date for yellow monitoring).
 */
public record SatAnalysisForm(Map<FactorGroup, Factor> factors, String hypotheses, String pupilView,
                              String parentsView, String advice, Sat decision, String overrideReason,
                              LocalDate reviewOn) {

    static final int MAX_TEXT = 4000;
    static final int MAX_REVIEW_WEEKS = 26;

    public SatAnalysisForm {
        factors = factors == null ? Map.of() : Map.copyOf(factors);
    }

    /** What is known of one group of factors, and what is not yet. */
    public record Factor(String known, String unknown) {
    }

    /** Dutch message keys, named after the field: {@code tier3.error.<field>.<what>}. */
    List<Message> validate(Sat advised, LocalDate today) {
        List<Message> errors = new ArrayList<>();
        boolean anyFactor = factors.values().stream().anyMatch(f -> !Texts.blank(f.known()) || !Texts.blank(f.unknown()));
        if (!anyFactor) {
            errors.add(new Message("tier3.error.factors.required"));
        }
        Texts.required(errors, hypotheses, "hypotheses");
        Texts.required(errors, advice, "advice");
        Texts.max(errors, MAX_TEXT, "factors", factors.values().stream()
                .flatMap(f -> java.util.stream.Stream.of(f.known(), f.unknown())).toArray(String[]::new));
        Texts.max(errors, MAX_TEXT, "hypotheses", hypotheses);
        Texts.max(errors, MAX_TEXT, "advice", advice);
        Texts.max(errors, MAX_TEXT, "pupilView", pupilView);
        Texts.max(errors, MAX_TEXT, "parentsView", parentsView);
        if (decision == null) {
            errors.add(new Message("tier3.error.decision.required"));
        } else if (advised != null && decision != advised && Texts.blank(overrideReason)) {
            errors.add(new Message("tier3.error.overrideReason.required"));
        }
        Texts.max(errors, MAX_TEXT, "overrideReason", overrideReason);
        if (decision == Sat.YELLOW) {
            Texts.futureDate(errors, reviewOn, today, MAX_REVIEW_WEEKS, "reviewOn");
        }
        return errors;
    }

    Map<FactorGroup, Factor> factorsInOrder() {
        Map<FactorGroup, Factor> ordered = new EnumMap<>(FactorGroup.class);
        for (FactorGroup g : FactorGroup.values()) {
            Factor f = factors.get(g);
            ordered.put(g, f == null ? new Factor("", "") : f);
        }
        return ordered;
    }
}
