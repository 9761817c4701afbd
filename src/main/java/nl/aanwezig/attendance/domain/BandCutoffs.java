package nl.aanwezig.attendance.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * Lower bounds (attendance %) of the bands; a value exactly on a cut-off belongs to the higher band.
 *
 * @param name   display name of the set, e.g. {@code standaard}
 * @param green  lowest percentage that is still green
 * @param yellow lowest percentage that is still yellow
 * @param orange lowest percentage that is still orange; below it is red
 */
public record BandCutoffs(String name, BigDecimal green, BigDecimal yellow, BigDecimal orange) {

    // declared before the constants below: their constructor validation uses it
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The default set: green &gt;= 95, yellow &gt;= 80, orange &gt;= 50, red below. */
    public static final BandCutoffs DEFAULT = new BandCutoffs("standaard",
            new BigDecimal("95"), new BigDecimal("80"), new BigDecimal("50"));

    /**
     * The 3-tier MD-MTSS set: green &gt;= 95, yellow &gt;= 90, red below 90. It has no orange band: the orange
     * cut-off equals the yellow one, so every value that would be orange is already yellow and
     * {@link #classify} never returns {@link Band#ORANGE} for this set.
     */
    public static final BandCutoffs MDMTSS_3_TIER = new BandCutoffs("MD-MTSS 3 niveaus",
            new BigDecimal("95"), new BigDecimal("90"), new BigDecimal("90"));

    /** Validates {@code 100 >= green >= yellow >= orange >= 0}. */
    public BandCutoffs {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(green, "green");
        Objects.requireNonNull(yellow, "yellow");
        Objects.requireNonNull(orange, "orange");
        if (green.compareTo(HUNDRED) > 0 || green.compareTo(yellow) < 0
                || yellow.compareTo(orange) < 0 || orange.signum() < 0) {
            throw new IllegalArgumentException(
                    "grenzen moeten voldoen aan 100 >= groen >= geel >= oranje >= 0: " + green + "/" + yellow + "/" + orange);
        }
    }

    /** The band of an attendance percentage (as produced by {@link Figures#attendancePct()}, so not null). */
    public Band classify(BigDecimal pct) {
        Objects.requireNonNull(pct, "pct");
        if (pct.compareTo(green) >= 0) {
            return Band.GREEN;
        }
        if (pct.compareTo(yellow) >= 0) {
            return Band.YELLOW;
        }
        if (pct.compareTo(orange) >= 0) {
            return Band.ORANGE;
        }
        return Band.RED;
    }

    /**
     * The band of {@code present} of {@code scheduled} minutes, decided on the exact fraction (not on a rounded
     * percentage): 9898 of 10420 minutes is 94.99%, yellow under green &gt;= 95.
     *
     * @return the band, or null when nothing was scheduled
     */
    public Band classify(long present, long scheduled) {
        if (scheduled == 0) {
            return null;
        }
        BigDecimal hundredfold = BigDecimal.valueOf(present).multiply(HUNDRED);
        BigDecimal total = BigDecimal.valueOf(scheduled);
        if (hundredfold.compareTo(green.multiply(total)) >= 0) {
            return Band.GREEN;
        }
        if (hundredfold.compareTo(yellow.multiply(total)) >= 0) {
            return Band.YELLOW;
        }
        if (hundredfold.compareTo(orange.multiply(total)) >= 0) {
            return Band.ORANGE;
        }
        return Band.RED;
    }

    /**
     * The percentage to show for {@code present} of {@code scheduled} minutes: one decimal, rounded half-up unless
     * that would cross a cut-off (94.99% under green &gt;= 95 shows 94.9, not 95.0), so the shown figure is always
     * in the same band as the exact one. Null when nothing was scheduled.
     */
    public BigDecimal shownPct(long present, long scheduled) {
        if (scheduled == 0) {
            return null;
        }
        BigDecimal exact = BigDecimal.valueOf(present).multiply(HUNDRED);
        BigDecimal total = BigDecimal.valueOf(scheduled);
        Band band = classify(present, scheduled);
        BigDecimal rounded = exact.divide(total, 1, RoundingMode.HALF_UP);
        // a cut-off finer than a tenth could lie between the truncated and the exact value: then show more decimals
        for (int scale = 1; scale <= 6 && classify(rounded) != band; scale++) {
            rounded = exact.divide(total, scale, RoundingMode.DOWN);
        }
        return rounded;
    }
}
