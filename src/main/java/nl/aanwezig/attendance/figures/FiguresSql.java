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
     * Pupils per band (and group), decided on the exact fraction as {@link BandPolicy#classify(long, long)} does:
     * {@code present * 1000 >= cut-off in tenths * scheduled} in bigint (no rounded percentage: 94.99% is below
     * 95), a value on a cut-off belonging to the higher band. Pupils with nothing scheduled get the band null.
     * %1$s..%3$s: cut-offs in tenths; %4$s: the group key per pupil ({@code null} for none); %5$s: the source;
     * %6$s: the join that key needs.
     */
    static final String BAND_COUNTS = """
            select m.group_key, case when m.scheduled = 0 then null
                        when m.present * 1000 >= %1$s * m.scheduled then 'GREEN'
                        when m.present * 1000 >= %2$s * m.scheduled then 'YELLOW'
                        when m.present * 1000 >= %3$s * m.scheduled then 'ORANGE' else 'RED' end, count(*)
            from (select %4$s as group_key, sum(y.scheduled)::bigint as scheduled, sum(y.present)::bigint as present
                  from (%5$s) y (pupil_id, school_id, scheduled, present) %6$s
                  group by y.pupil_id, group_key) m
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
