package nl.aanwezig.review;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.aanwezig.attendance.figures.FiguresService;
import nl.aanwezig.attendance.figures.Period;
import nl.aanwezig.attendance.figures.Scope;
import org.springframework.stereotype.Component;

/**
 * Which pupils' attendance clearly worsens: the last four weeks at least {@value #DROP_POINTS} percentage points below
 * the four weeks before. The percentages are the figures module's own (the same minutes and rounding as every screen),
 * two queries for all pupils at once.
 */
@Component
class WorseningTrends {

    /** "Clearly below": a drop of a few lessons a week, not the noise of one sick day. */
    static final BigDecimal DROP_POINTS = BigDecimal.valueOf(5);
    static final int WINDOW_DAYS = 28;

    private final FiguresService figures;

    WorseningTrends(FiguresService figures) {
        this.figures = figures;
    }

    /** Both windows' attendance of a pupil whose trend worsens. */
    record Drop(BigDecimal recentPct, BigDecimal previousPct) {
    }

    /** The pupils among {@code pupilIds} whose four weeks up to {@code last} are clearly below the four before. */
    Map<Long, Drop> worsening(Collection<Long> pupilIds, LocalDate last) {
        Map<Long, Drop> out = new HashMap<>();
        if (pupilIds.isEmpty()) {
            return out;
        }
        Scope pupils = new Scope.OfPupils(List.copyOf(pupilIds));
        Period recent = Period.custom(last.minusDays(WINDOW_DAYS - 1), last);
        Period before = Period.custom(recent.from().minusDays(WINDOW_DAYS), recent.from().minusDays(1));
        var now = figures.attendancePerPupil(pupils, recent);
        var then = figures.attendancePerPupil(pupils, before);
        now.forEach((pupilId, attendance) -> {
            BigDecimal recentPct = attendance.attendancePct();
            var earlier = then.get(pupilId);
            BigDecimal previousPct = earlier == null ? null : earlier.attendancePct();
            if (recentPct != null && previousPct != null && previousPct.subtract(recentPct).compareTo(DROP_POINTS) >= 0) {
                out.put(pupilId, new Drop(recentPct, previousPct));
            }
        });
        return out;
    }
}
