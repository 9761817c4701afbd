package nl.aanwezig.chainreview;

import java.math.BigDecimal;
import java.util.List;
import nl.aanwezig.attendance.domain.BandCutoffs;

/**
 * The attendance percentage of a pupil over a period in SQL, for many pupils at once, equal to what the figures give
 * one pupil ({@code CaseFigures.attendancePct}, {@code Figures.attendancePct}): the day figures' present minutes over
 * the scheduled ones, times 100, rounded half-up to one decimal unless that crosses a cut-off (then truncated, see
 * {@link #pct}), null when nothing was scheduled. Rounded in integer
 * arithmetic as the pyramid's band counts do ({@code FiguresSql.BAND_COUNTS}): in tenths,
 * {@code sign(p) * ((2000 * |p| + s) / (2 * s))}, exact for every {@code s > 0}.
 */
final class TrendSql {

    private TrendSql() {
    }

    /** The scheduled and present minutes of the days that meet {@code condition}, as {@code <name>_s, <name>_p}. */
    static String sums(String name, String condition) {
        return "sum(ad.scheduled_min) filter (where %2$s) %1$s_s, sum(ad.present_min) filter (where %2$s) %1$s_p"
                .formatted(name, condition);
    }

    /**
     * The percentage of the sums {@link #sums} named {@code name}, in a subquery aliased {@code m}, as a screen shows
     * it: half-up, unless that crosses a cut-off (94.99% under green &gt;= 95 is 94.9, not 95.0), then truncated,
     * as {@code BandCutoffs.shownPct} does.
     */
    static String pct(String name, BandCutoffs cutoffs) {
        String scheduled = "m." + name + "_s";
        String present = "m." + name + "_p";
        String halfUp = tenths(scheduled, present);
        StringBuilder crosses = new StringBuilder("false");
        for (BigDecimal cutoff : List.of(cutoffs.green(), cutoffs.yellow(), cutoffs.orange())) {
            String c = cutoff.movePointRight(1).stripTrailingZeros().toPlainString();
            crosses.append(" or (%1$s >= %2$s and 1000 * %3$s < %2$s * %4$s)".formatted(halfUp, c, present, scheduled));
        }
        return "(case when %1$s then (1000 * %2$s) / nullif(%3$s, 0) else %4$s end) / 10.0"
                .formatted(crosses, present, scheduled, halfUp);
    }

    /** The percentage in tenths (bigint), null when nothing was scheduled. */
    static String tenths(String scheduled, String present) {
        return ("(case when coalesce(%1$s, 0) = 0 then null else case when %2$s < 0 then -1 else 1 end"
                + " * ((2000 * abs(%2$s) + %1$s) / (2 * %1$s)) end)").formatted(scheduled, present);
    }
}
