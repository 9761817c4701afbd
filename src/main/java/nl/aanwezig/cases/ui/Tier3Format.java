package nl.aanwezig.cases.ui;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import nl.aanwezig.base.Messages;

/** Numbers and dates of the tier-3 screens the Dutch way: "92,5%", "-3,0 procentpunt", "22-11-2026". */
final class Tier3Format {

    private static final String NONE = "–";

    private Tier3Format() {
    }

    static String pct(BigDecimal value) {
        return value == null ? NONE : decimal().format(value) + "%";
    }

    static String points(BigDecimal value) {
        if (value == null) {
            return NONE;
        }
        return (value.signum() > 0 ? "+" : "") + decimal().format(value) + " procentpunt";
    }

    static String date(LocalDate date) {
        return date == null ? NONE : PupilView.DAY.format(date);
    }

    private static DecimalFormat decimal() {
        return new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(Messages.DUTCH));
    }
}
