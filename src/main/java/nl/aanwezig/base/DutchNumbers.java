package nl.aanwezig.base;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;

/**
 * Numbers on every screen the Dutch way, from one place: "94,9%", "12 uur", "12,5 uur".
 *
 * <p>A percentage is written with one decimal and never rounded up: attendance percentages arrive already in the band
 * of their exact fraction (one decimal, see {@code BandCutoffs.shownPct}), and a finer one is truncated, so a shown
 * 95,0% is never a pupil at 94,99% (green &gt;= 95 would make it look green while it is yellow).
 */
public final class DutchNumbers {

    /** What a screen shows for an unknown number. */
    public static final String NONE = "–";

    private DutchNumbers() {
    }

    /** "94,9%": one decimal, decimal comma, truncated (never rounded across a cut-off); "–" for null. */
    public static String pct(BigDecimal value) {
        return value == null ? NONE : format("0.0", RoundingMode.DOWN, value) + "%";
    }

    /** "12,5": one decimal, decimal comma, half-up; "–" for null. */
    public static String oneDecimal(BigDecimal value) {
        return value == null ? NONE : format("0.0", RoundingMode.HALF_UP, value);
    }

    /** "12" or "12,5": at most one decimal, none when whole; "–" for null. */
    public static String number(BigDecimal value) {
        return value == null ? NONE : format("0.#", RoundingMode.HALF_UP, value);
    }

    /** "12 uur" or "12,5 uur" (at most one decimal); "–" for null. */
    public static String hours(BigDecimal value) {
        return value == null ? NONE : number(value) + " uur";
    }

    private static String format(String pattern, RoundingMode rounding, BigDecimal value) {
        DecimalFormat format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Messages.DUTCH));
        format.setRoundingMode(rounding);
        return format.format(value);
    }
}
