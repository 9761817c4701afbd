package nl.aanwezig.attendance.figures;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.aanwezig.attendance.domain.Band;
import nl.aanwezig.attendance.domain.BandCutoffs;
import nl.aanwezig.attendance.domain.Figures;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reads the aggregate tables. Every query is scoped by a {@link ScopeSql} and a {@link Period}. */
@Repository
class FiguresQueries {

    /**
     * Per pupil, with sick reports counted as in {@code SickEpisode}: a sick day whose previous school day
     * (the pupil's previous day with lessons in the period) was not a sick day starts a new report.
     */
    private static final String PER_PUPIL = """
            select pupil_id, sum(scheduled_min), sum(present_min), sum(authorised_absent_min),
                   sum(unauthorised_absent_min), sum(late_count), sum(late_min),
                   count(*) filter (where sick and not coalesce(prev_sick, false))
            from (select ad.*, lag(ad.sick) over (partition by ad.pupil_id order by ad.lesson_date) as prev_sick
                  from attendance_day ad where %s and ad.lesson_date between ? and ?) d
            group by pupil_id order by pupil_id""";

    /**
     * Sources of minutes, each rows of {@code (pupil_id, school_id, scheduled, present)} that {@link #minutes}
     * and {@link #bandCounts} add up per pupil. {@code %s}: the scope's condition on {@code ad}.
     */
    private static final String FROM_DAYS = """
            select ad.pupil_id, ad.school_id, ad.scheduled_min, ad.present_min from attendance_day ad
            where %s and ad.lesson_date between ? and ?""";

    private static final String FROM_MONTHS = """
            select ad.pupil_id, ad.school_id, ad.scheduled_min, ad.present_min from attendance_month ad
            where %s and ad.month_start between ? and ?""";

    /** A whole school year: a row per pupil (and school), whatever the size of the scope. */
    private static final String FROM_YEAR = """
            select ad.pupil_id, ad.school_id, ad.scheduled_min, ad.present_min from attendance_year ad
            where %s and ad.start_year = ?""";

    /** The first month of each pupil's school (see {@code YearRollup}); pupils without lessons in it left out. */
    private static final String FROM_FIRST_MONTH = """
            select ad.pupil_id, ad.school_id, ad.first_month_scheduled_min, ad.first_month_present_min
            from attendance_year ad where %s and ad.start_year = ? and ad.first_month_scheduled_min is not null""";

    /** Per pupil (groups are counted in SQL by {@link #BAND_COUNTS}, so no class or school is needed here). */
    private static final String MINUTES = """
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
    private static final String BAND_COUNTS = """
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

    private static final String WEEKLY = """
            select date_trunc('week', ad.lesson_date)::date, sum(ad.scheduled_min), sum(ad.present_min)
            from attendance_day ad where ad.pupil_id = ? and ad.lesson_date between ? and ?
            group by 1 order by 1""";

    private final JdbcTemplate jdbc;

    FiguresQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Map<Long, Figures> perPupil(ScopeSql scope, Period period) {
        Map<Long, Figures> out = new LinkedHashMap<>();
        jdbc.query(PER_PUPIL.formatted(scope.condition()), rs -> {
            out.put(rs.getLong(1), figures(rs));
        }, scope.argsThen(Date.valueOf(period.from()), Date.valueOf(period.to())));
        return out;
    }

    private static Figures figures(ResultSet rs) throws SQLException {
        return new Figures(rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getInt(6), rs.getLong(7),
                rs.getInt(8));
    }

    /** Scheduled and present minutes per pupil id of a source. */
    Map<Long, FiguresService.Attendance> minutes(Source source) {
        Map<Long, FiguresService.Attendance> out = new LinkedHashMap<>();
        jdbc.query(MINUTES.formatted(source.sql()), rs -> {
            out.put(rs.getLong(1), new FiguresService.Attendance(rs.getLong(2), rs.getLong(3)));
        }, source.args());
        return out;
    }

    /** What to count pupils per band by: nothing (one pyramid), their class or their school (pupil administration). */
    enum Grouping {
        NONE("null::bigint", ""), CLASS("p.class_id", "join pupil p on p.id = y.pupil_id"),
        SCHOOL("p.school_id", "join pupil p on p.id = y.pupil_id");

        private final String key;
        private final String join;

        Grouping(String key, String join) {
            this.key = key;
            this.join = join;
        }
    }

    /**
     * Pupils per group and band of a source under these cut-offs, counted in SQL: a row per group and band
     * instead of one per pupil (see {@link #BAND_COUNTS}). The group key is null for {@link Grouping#NONE} and
     * for pupils without a class; the band is null for pupils with nothing scheduled.
     */
    List<BandCount> bandCounts(Source source, BandCutoffs cutoffs, Grouping grouping) {
        String sql = BAND_COUNTS.formatted(tenths(cutoffs.green()), tenths(cutoffs.yellow()), tenths(cutoffs.orange()),
                grouping.key, source.sql(), grouping.join);
        return jdbc.query(sql, (rs, i) -> {
            String band = rs.getString(2);
            return new BandCount(rs.getObject(1, Long.class), band == null ? null : Band.valueOf(band), rs.getInt(3));
        }, source.args());
    }

    /** A count of {@link #bandCounts}. */
    record BandCount(Long groupKey, Band band, int pupils) {
    }

    /**
     * A cut-off in tenths of a percent as an SQL literal (a BigDecimal from configuration, not input): a whole
     * number of tenths (always, for cut-offs with at most one decimal) as an integer, so the comparison stays in
     * bigint arithmetic; a finer cut-off as numeric.
     */
    static String tenths(BigDecimal cutoff) {
        BigDecimal tenths = cutoff.movePointRight(1).stripTrailingZeros();
        return tenths.scale() <= 0 ? tenths.toBigIntegerExact().toString() : tenths.toPlainString() + "::numeric";
    }

    /** Rows of {@code (pupil_id, school_id, scheduled, present)}, to be added up per pupil, and their arguments. */
    record Source(String sql, Object[] args) {
    }

    /**
     * The minutes of a period from the smallest rows that answer it exactly: a whole school year from the year
     * rollup, whole months from the month rollup, days before the first whole month and after the last from the
     * day table.
     */
    static Source source(ScopeSql scope, Period period) {
        int year = Period.schoolYearOf(period.from());
        if (period.equals(Period.schoolYear(year))) {
            return new Source(FROM_YEAR.formatted(scope.condition()), scope.argsThen(year));
        }
        LocalDate firstWhole = period.from().getDayOfMonth() == 1 ? period.from()
                : period.from().withDayOfMonth(1).plusMonths(1);
        LocalDate afterWhole = period.to().plusDays(1).getDayOfMonth() == 1 ? period.to().plusDays(1)
                : period.to().withDayOfMonth(1);
        if (period.wholeMonths()) {
            return new Source(FROM_MONTHS.formatted(scope.condition()), dates(scope, period.from(), period.to()));
        }
        if (!firstWhole.isBefore(afterWhole)) {
            return new Source(FROM_DAYS.formatted(scope.condition()), dates(scope, period.from(), period.to()));
        }
        List<Source> parts = new ArrayList<>();
        if (period.from().isBefore(firstWhole)) {
            parts.add(new Source(FROM_DAYS.formatted(scope.condition()), dates(scope, period.from(), firstWhole.minusDays(1))));
        }
        parts.add(new Source(FROM_MONTHS.formatted(scope.condition()), dates(scope, firstWhole, afterWhole.minusDays(1))));
        if (!afterWhole.isAfter(period.to())) {
            parts.add(new Source(FROM_DAYS.formatted(scope.condition()), dates(scope, afterWhole, period.to())));
        }
        return unionAll(parts);
    }

    /** The first month of the school year of each pupil's school, from the year rollup. */
    static Source firstMonth(ScopeSql scope, int startYear) {
        return new Source(FROM_FIRST_MONTH.formatted(scope.condition()), scope.argsThen(startYear));
    }

    private static Object[] dates(ScopeSql scope, LocalDate from, LocalDate to) {
        return scope.argsThen(Date.valueOf(from), Date.valueOf(to));
    }

    private static Source unionAll(List<Source> parts) {
        if (parts.size() == 1) {
            return parts.getFirst();
        }
        List<Object> args = new ArrayList<>();
        parts.forEach(p -> args.addAll(Arrays.asList(p.args())));
        return new Source(parts.stream().map(Source::sql).collect(Collectors.joining("\nunion all\n")), args.toArray());
    }

    List<WeekMinutes> weekly(long pupilId, Period period) {
        return jdbc.query(WEEKLY, (rs, i) -> new WeekMinutes(rs.getDate(1).toLocalDate(), rs.getLong(2), rs.getLong(3)),
                pupilId, Date.valueOf(period.from()), Date.valueOf(period.to()));
    }

    /**
     * The earliest first school day (see {@code school_year_start}) of the schools where pupils of the scope had
     * lessons in the school year, or null: one probe per school and year, not a scan of the scope's days.
     */
    LocalDate firstDay(ScopeSql scope, int startYear) {
        Date first = jdbc.queryForObject("""
                select min(f.first_day) from school_year_start f
                where exists (select 1 from attendance_year ad
                              where %s and ad.school_id = f.school_id and ad.start_year = f.start_year)
                  and f.start_year = ?""".formatted(scope.condition()), Date.class, scope.argsThen(startYear));
        return first == null ? null : first.toLocalDate();
    }

    /** Minutes of one ISO week (starting Monday). */
    record WeekMinutes(LocalDate monday, long scheduled, long present) {
    }
}
