package nl.aanwezig.attendance.figures;

/**
 * The SQL text of {@link FiguresQueries}, grouped by figure: per pupil, the sources of minutes and what adds them
 * up, the band counts, the weekly minutes and the first school day. Kept apart so the queries class shows how the
 * rows are read, and these how they are selected.
 */
final class FiguresSql {

    private FiguresSql() {
    }

    /**
     * Per pupil, with sick reports counted as in {@code SickEpisode}: a sick day whose previous school day
     * (the pupil's previous day with lessons in the period) was not a sick day starts a new report.
     */
    static final String PER_PUPIL = """
            select pupil_id, sum(scheduled_min), sum(present_min), sum(authorised_absent_min),
                   sum(unauthorised_absent_min), sum(late_count), sum(late_min),
                   count(*) filter (where sick and not coalesce(prev_sick, false))
            from (select ad.*, lag(ad.sick) over (partition by ad.pupil_id order by ad.lesson_date) as prev_sick
                  from attendance_day ad where %s and ad.lesson_date between ? and ?) d
            group by pupil_id order by pupil_id""";

    /**
     * Sources of minutes, each rows of {@code (pupil_id, school_id, scheduled, present)} that {@link FiguresQueries#minutes}
     * and {@link FiguresQueries#bandCounts} add up per pupil. {@code %s}: the scope's condition on {@code ad}.
     */
    static final String FROM_DAYS = """
            select ad.pupil_id, ad.school_id, ad.scheduled_min, ad.present_min from attendance_day ad
            where %s and ad.lesson_date between ? and ?""";

    static final String FROM_MONTHS = """
            select ad.pupil_id, ad.school_id, ad.scheduled_min, ad.present_min from attendance_month ad
            where %s and ad.month_start between ? and ?""";

    /** A whole school year: a row per pupil (and school), whatever the size of the scope. */
    static final String FROM_YEAR = """
            select ad.pupil_id, ad.school_id, ad.scheduled_min, ad.present_min from attendance_year ad
            where %s and ad.start_year = ?""";

    /** The first month of each pupil's school (see {@code YearRollup}); pupils without lessons in it left out. */
    static final String FROM_FIRST_MONTH = """
            select ad.pupil_id, ad.school_id, ad.first_month_scheduled_min, ad.first_month_present_min
            from attendance_year ad where %s and ad.start_year = ? and ad.first_month_scheduled_min is not null""";

    /** Per pupil (groups are counted in SQL by {@link #BAND_COUNTS}, so no class or school is needed here). */
    static final String MINUTES = """
            select x.pupil_id, sum(x.scheduled), sum(x.present)
            from (%s) x (pupil_id, school_id, scheduled, present) group by x.pupil_id""";

    /**
     * Pupils per band (and group): the percentage rounded as {@link Figures#attendancePct()} does (HALF_UP to one
     * decimal) in integer arithmetic, in tenths: {@code signum(p) * ((2000 * |p| + s) / (2 * s))} in bigint
     * (integer division), exact for every {@code s > 0}; then compared with the cut-offs in tenths (a value on a
     * cut-off belongs to the higher band). Pupils with nothing scheduled get the band null.
     * %1$s..%3$s: cut-offs; %4$s: the group key per pupil ({@code null} for none); %5$s: the source;
     * %6$s: the join that key needs.
     */
    static final String BAND_COUNTS = """
            select m.group_key, case when m.scheduled = 0 then null
                        when m.tenths >= %1$s then 'GREEN' when m.tenths >= %2$s then 'YELLOW'
                        when m.tenths >= %3$s then 'ORANGE' else 'RED' end, count(*)
            from (select x.group_key, x.scheduled, case when x.scheduled = 0 then 0
                         else case when x.present < 0 then -1 else 1 end
                              * ((2000 * abs(x.present) + x.scheduled) / (2 * x.scheduled))
                         end as tenths
                  from (select %4$s as group_key, sum(y.scheduled)::bigint as scheduled, sum(y.present)::bigint as present
                        from (%5$s) y (pupil_id, school_id, scheduled, present) %6$s
                        group by y.pupil_id, group_key) x) m
            group by 1, 2""";

    static final String WEEKLY = """
            select date_trunc('week', ad.lesson_date)::date, sum(ad.scheduled_min), sum(ad.present_min)
            from attendance_day ad where ad.pupil_id = ? and ad.lesson_date between ? and ?
            group by 1 order by 1""";

    /**
     * The earliest first school day of the schools where pupils of the scope had lessons in a school year: one
     * probe per school and year, not a scan of the scope's days. {@code %s}: the scope's condition on {@code ad}.
     */
    static final String FIRST_DAY = """
            select min(f.first_day) from school_year_start f
            where exists (select 1 from attendance_year ad
                          where %s and ad.school_id = f.school_id and ad.start_year = f.start_year)
              and f.start_year = ?""";
}
