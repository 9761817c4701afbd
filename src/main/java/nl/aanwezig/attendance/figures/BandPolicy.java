package nl.aanwezig.attendance.figures;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import nl.aanwezig.attendance.domain.Band;
import nl.aanwezig.attendance.domain.BandCutoffs;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The band cut-offs in force, chosen by configuration: {@code aanwezig.bands.cutoffs} is {@code standaard}
 * (95/80/50, the default), {@code mdmtss3} (95/90, no orange) or {@code custom}, a region's own set from
 * {@code aanwezig.bands.custom.green/yellow/orange}. Dashboards classify in bulk with these; the DMN
 * {@code bpmn/attendance-band.dmn} decides for processes with the same sets (a region's own with its cut-offs as
 * variables, see {@link #decisionVariables}), and a test keeps both in step.
 */
@Component
public class BandPolicy {

    /** Names of the sets as the DMN input {@code cutoffSet} knows them. */
    public static final String STANDARD = "standaard";
    public static final String MDMTSS3 = "mdmtss3";
    public static final String CUSTOM = "custom";

    private final String setName;
    private final BandCutoffs cutoffs;

    BandPolicy(@Value("${aanwezig.bands.cutoffs:standaard}") String setName,
               @Value("${aanwezig.bands.custom.green:95}") BigDecimal green,
               @Value("${aanwezig.bands.custom.yellow:80}") BigDecimal yellow,
               @Value("${aanwezig.bands.custom.orange:50}") BigDecimal orange) {
        this.setName = setName.trim().toLowerCase(Locale.ROOT);
        this.cutoffs = switch (this.setName) {
            case STANDARD -> BandCutoffs.DEFAULT;
            case MDMTSS3 -> BandCutoffs.MDMTSS_3_TIER;
            case CUSTOM -> new BandCutoffs("eigen regio", green, yellow, orange);
            default -> throw new IllegalArgumentException(
                    "aanwezig.bands.cutoffs moet standaard, mdmtss3 of custom zijn, niet '" + setName + "'");
        };
    }

    /** The named set for a configuration value; used by tests and the DMN agreement check. */
    public static BandPolicy of(String setName) {
        return new BandPolicy(setName, new BigDecimal("95"), new BigDecimal("80"), new BigDecimal("50"));
    }

    /** A region's own set. */
    public static BandPolicy custom(BigDecimal green, BigDecimal yellow, BigDecimal orange) {
        return new BandPolicy(CUSTOM, green, yellow, orange);
    }

    /**
     * What the DMN {@code attendance-band} needs besides the percentage: the set's name and, for a region's own
     * set, its cut-offs ({@code cutoffGreen}, {@code cutoffYellow}, {@code cutoffOrange}).
     */
    public Map<String, Object> decisionVariables() {
        return Map.of("cutoffSet", setName, "cutoffGreen", cutoffs.green(), "cutoffYellow", cutoffs.yellow(),
                "cutoffOrange", cutoffs.orange());
    }

    /** The configured set's name: standaard, mdmtss3 or custom. */
    public String setName() {
        return setName;
    }

    public BandCutoffs cutoffs() {
        return cutoffs;
    }

    /**
     * The band of a percentage, or {@code null} when there is none (nothing scheduled). Only for a percentage that
     * is exact or already band-safe ({@link #shownPct}); minutes go to {@link #classify(long, long)}.
     */
    public Band classify(BigDecimal attendancePct) {
        return attendancePct == null ? null : cutoffs.classify(attendancePct);
    }

    /** The band of these minutes on the exact fraction (see {@link BandCutoffs#classify(long, long)}); null when none. */
    public Band classify(long presentMinutes, long scheduledMinutes) {
        return cutoffs.classify(presentMinutes, scheduledMinutes);
    }

    /** The percentage to show for these minutes, in the same band as the exact one (see {@link BandCutoffs#shownPct}). */
    public BigDecimal shownPct(long presentMinutes, long scheduledMinutes) {
        return cutoffs.shownPct(presentMinutes, scheduledMinutes);
    }
}
