package nl.aanwezig.cases.ui;

import java.math.BigDecimal;
import java.time.LocalDate;
import nl.aanwezig.base.DutchNumbers;

/**
 * Numbers and dates of the tier-3 screens the Dutch way: "92,5%", "-3,0 procentpunt", "22-11-2026"; percentages
 * through {@link DutchNumbers}, as on every screen.
 */
final class Tier3Format {

    private static final String NONE = "–";

    private Tier3Format() {
    }

    static String pct(BigDecimal value) {
        return DutchNumbers.pct(value);
    }

    static String points(BigDecimal value) {
        if (value == null) {
            return NONE;
        }
        return (value.signum() > 0 ? "+" : "") + DutchNumbers.oneDecimal(value) + " procentpunt";
    }

    static String date(LocalDate date) {
        return date == null ? NONE : PupilView.DAY.format(date);
    }
}
