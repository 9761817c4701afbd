package nl.aanwezig.attendance.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.Map;
import nl.aanwezig.attendance.domain.Band;

/**
 * The Piramide van Aanwezigheid of a group: how many pupils are in each band. Pupils without scheduled
 * lessons in the period have no percentage and are counted apart, outside the shares.
 *
 * @param counts          pupils per band (every band present, possibly 0)
 * @param withoutLessons  pupils with registrations but no scheduled minutes (never with the current rules)
 */
public record Pyramid(Map<Band, Integer> counts, int withoutLessons) {

    /** Healthy school (DOMAIN.md): at least 80% green. */
    public static final BigDecimal HEALTHY_GREEN = new BigDecimal("80");
    /** Healthy school: at most 15% yellow. */
    public static final BigDecimal HEALTHY_YELLOW = new BigDecimal("15");
    /** Healthy school: at most 5% orange and red together. */
    public static final BigDecimal HEALTHY_ORANGE_RED = new BigDecimal("5");

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public Pyramid {
        Map<Band, Integer> copy = new EnumMap<>(Band.class);
        for (Band b : Band.values()) {
            copy.put(b, counts.getOrDefault(b, 0));
        }
        counts = Map.copyOf(copy);
    }

    /** Pupils with a band. */
    public int pupils() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int count(Band band) {
        return counts.get(band);
    }

    /** Share of the pupils with a band, in percent with one decimal; null for an empty group. */
    public BigDecimal share(Band band) {
        return pct(count(band));
    }

    /** Share of orange and red together, which the healthy reference caps at 5%. */
    public BigDecimal shareOrangeAndRed() {
        return pct(count(Band.ORANGE) + count(Band.RED));
    }

    /** Whether the group meets the healthy reference 80/15/5; false for an empty group. */
    public boolean healthy() {
        if (pupils() == 0) {
            return false;
        }
        return share(Band.GREEN).compareTo(HEALTHY_GREEN) >= 0 && share(Band.YELLOW).compareTo(HEALTHY_YELLOW) <= 0
                && shareOrangeAndRed().compareTo(HEALTHY_ORANGE_RED) <= 0;
    }

    private BigDecimal pct(int n) {
        int total = pupils();
        return total == 0 ? null
                : BigDecimal.valueOf(n).multiply(HUNDRED).divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_UP);
    }
}
