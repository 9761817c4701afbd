package nl.aanwezig.cases;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.aanwezig.attendance.figures.BandPolicy;
import nl.aanwezig.attendance.figures.FiguresService;
import nl.aanwezig.attendance.figures.Period;
import nl.aanwezig.attendance.figures.Scope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures a tier-3 decision looks at: the attendance of the school year so far (for the band, which the route's
 * decision table sets), of the last four weeks and of the four weeks before; the trend is their difference in
 * percentage points (negative is worsening).
 */
@Service
public class CaseFigures {

    static final int TREND_DAYS = 28;

    private final Cases cases;
    private final FiguresService figures;
    private final BandPolicy bands;
    private final Clock clock;

    CaseFigures(Cases cases, FiguresService figures, BandPolicy bands, Clock clock) {
        this.cases = cases;
        this.figures = figures;
        this.bands = bands;
        this.clock = clock;
    }

    /** What a route's decision and the next form see; numbers as doubles (the engine's JSON), null when unknown. */
    @Transactional(readOnly = true)
    public Map<String, Object> snapshot(long caseId) {
        PupilCase c = cases.findById(caseId).orElseThrow();
        LocalDate today = LocalDate.now(clock);
        Snapshot s = of(c.pupilId(), today);
        Map<String, Object> vars = new LinkedHashMap<>();
        bands.decisionVariables().forEach((k, v) -> vars.put(k, v instanceof BigDecimal d ? d.doubleValue() : v));
        vars.put("attendancePct", number(s.yearPct()));
        vars.put("recentPct", number(s.recentPct()));
        vars.put("previousPct", number(s.previousPct()));
        vars.put("trend", number(s.trend()));
        return vars;
    }

    private Snapshot of(long pupilId, LocalDate today) {
        Period year = Period.schoolYear(Period.schoolYearOf(today)).until(today);
        // band-safe (94.99% is 94.9, not 95.0): the route's decision table bands this number
        BigDecimal yearPct = figures.pct(figures.figures(new Scope.OfPupil(pupilId), year));
        BigDecimal recent = attendancePct(pupilId, today.minusDays(TREND_DAYS - 1), today);
        BigDecimal previous = attendancePct(pupilId, today.minusDays(2L * TREND_DAYS - 1), today.minusDays(TREND_DAYS));
        BigDecimal trend = recent == null || previous == null ? null : recent.subtract(previous);
        return new Snapshot(yearPct, recent, previous, trend);
    }

    /**
     * A pupil's attendance % from one day to another (both included), one decimal in the band of the exact fraction: what an evaluation shows since the plan's start
     * and since the last one. Null when {@code from} is unknown or after {@code to}, or nothing was scheduled.
     */
    public BigDecimal attendancePct(long pupilId, LocalDate from, LocalDate to) {
        if (from == null || from.isAfter(to)) {
            return null;
        }
        return figures.pct(figures.figures(new Scope.OfPupil(pupilId), Period.custom(from, to)));
    }

    private static Double number(BigDecimal d) {
        return d == null ? null : d.doubleValue();
    }

    /** Attendance % of the school year so far, the last four weeks, the four before, and the trend (points). */
    private record Snapshot(BigDecimal yearPct, BigDecimal recentPct, BigDecimal previousPct, BigDecimal trend) {
    }
}
