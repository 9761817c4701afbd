package nl.aanwezig.chainreview;

/**
 * The attendance percentage of a pupil over a period in SQL, for many pupils at once, equal to what the figures give
 * one pupil ({@code CaseFigures.attendancePct}, {@code Figures.attendancePct}): the day figures' present minutes over
 * the scheduled ones, times 100, rounded half-up to one decimal, null when nothing was scheduled. Rounded in integer
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

    /** The percentage of the sums {@link #sums} named {@code name}, in a subquery aliased {@code m}. */
    static String pct(String name) {
        return tenths("m." + name + "_s", "m." + name + "_p") + " / 10.0";
    }

    /** The percentage in tenths (bigint), null when nothing was scheduled. */
    static String tenths(String scheduled, String present) {
        return ("(case when coalesce(%1$s, 0) = 0 then null else case when %2$s < 0 then -1 else 1 end"
                + " * ((2000 * abs(%2$s) + %1$s) / (2 * %1$s)) end)").formatted(scheduled, present);
    }
}
