package nl.aanwezig.chainreview.ui;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import nl.aanwezig.base.Messages;
import nl.aanwezig.chainreview.ReviewView;

/** The Dutch words of a review's facts: reasons, categories, consent, percentages with a decimal comma. */
final class ReviewTexts {

    private ReviewTexts() {
    }

    static String state(String state) {
        return Messages.nl("chainreview.ui.state." + state);
    }

    static String reasons(List<String> reasons) {
        return reasons.stream().filter(r -> !r.isBlank()).map(r -> Messages.nl("chainreview.ui.reason." + r))
                .collect(Collectors.joining(", "));
    }

    static String category(String code) {
        return Messages.nl("chainreview.ui.category." + code);
    }

    /** The legal ground of discussing the pupil, shown before the details are opened. */
    static String consent(String consent) {
        return Messages.nl("chainreview.ui.consent." + (consent == null ? "NONE" : consent));
    }

    static String kind(String kind) {
        return Messages.nl("chainreview.ui.kind." + kind);
    }

    /** 62,5% (one decimal, Dutch comma); "onbekend" when not known. */
    static String pct(BigDecimal pct) {
        return pct == null ? unknown() : nl.aanwezig.base.DutchNumbers.pct(pct);
    }

    /** A difference in percentage points with its sign: +2,5 or -17,5. */
    static String points(BigDecimal diff) {
        return diff == null ? unknown() : format("+0.0;-0.0", diff);
    }

    static String date(LocalDate date) {
        return date == null ? unknown() : Messages.date(date);
    }

    static String orNone(Object value) {
        return value == null || value.toString().isBlank() ? Messages.nl("chainreview.ui.item.none") : value.toString();
    }

    static String unknown() {
        return Messages.nl("chainreview.ui.item.unknown");
    }

    /** The trend line; a period without lessons says so instead of a made-up comparison. */
    static String trend(ReviewView.Item i) {
        String line = i.trend() != null
                ? Messages.nl("chainreview.ui.item.trend", pct(i.recentPct()), pct(i.previousPct()), points(i.trend()))
                : Messages.nl("chainreview.ui.item.trendRecent", pct(i.recentPct()));
        return i.sincePlanPct() == null ? line : line + Messages.nl("chainreview.ui.item.sincePlan", pct(i.sincePlanPct()));
    }

    /** One action as a line: "actie: Gesprek plannen – Karin OC, klaar op 1-2-2027; gedaan op …: …". */
    static String action(ReviewView.Action a) {
        String line = Messages.nl("chainreview.ui.action.line", kind(a.kind()), a.description(), a.ownerName(),
                Messages.date(a.dueOn()));
        return a.doneOn() == null ? line
                : line + "; " + Messages.nl("chainreview.ui.action.done", Messages.date(a.doneOn()), a.outcome());
    }

    private static String format(String pattern, BigDecimal value) {
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Messages.DUTCH)).format(value);
    }
}
