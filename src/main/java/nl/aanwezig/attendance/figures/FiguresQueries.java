package nl.aanwezig.attendance.figures;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    private static final String MINUTES_FROM_DAYS = """
            select ad.pupil_id, p.class_id, p.school_id, sum(ad.scheduled_min), sum(ad.present_min)
            from attendance_day ad join pupil p on p.id = ad.pupil_id
            where %s and ad.lesson_date between ? and ? group by ad.pupil_id, p.class_id, p.school_id""";

    private static final String MINUTES_FROM_MONTHS = """
            select ad.pupil_id, p.class_id, p.school_id, sum(ad.scheduled_min), sum(ad.present_min)
            from attendance_month ad join pupil p on p.id = ad.pupil_id
            where %s and ad.month_start between ? and ? group by ad.pupil_id, p.class_id, p.school_id""";

    /**
     * Days before the first whole month and after the last from the day table, the whole months in between from
     * the month rollup: a period like "the school year so far" reads a row per pupil and month plus a few days.
     */
    private static final String MINUTES_FROM_MONTHS_AND_DAYS = """
            select x.pupil_id, p.class_id, p.school_id, sum(x.scheduled_min), sum(x.present_min)
            from (select ad.pupil_id, ad.scheduled_min, ad.present_min from attendance_day ad
                  where %1$s and (ad.lesson_date between ? and ? or ad.lesson_date between ? and ?)
                  union all
                  select ad.pupil_id, ad.scheduled_min, ad.present_min from attendance_month ad
                  where %1$s and ad.month_start between ? and ?) x
            join pupil p on p.id = x.pupil_id
            group by x.pupil_id, p.class_id, p.school_id""";

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

    /** Scheduled and present minutes per pupil; whole months inside the period come from the month rollup. */
    List<PupilMinutes> minutes(ScopeSql scope, Period period) {
        Sql q = minutesSql(scope, period);
        return jdbc.query(q.sql(), MINUTES_ROW, q.args());
    }

    /**
     * Pupils per band of {@link #minutes} under these cut-offs, counted in SQL: one row per band instead of one
     * per pupil. The percentage is rounded as {@link Figures#attendancePct()} does (HALF_UP to one decimal) in
     * integer arithmetic, in tenths: {@code signum(p) * ((2000 * |p| + s) / (2 * s))} in bigint (integer division),
     * exact for every {@code s > 0}; then compared with the cut-offs in tenths (a value on a cut-off belongs to the higher band).
     * Pupils with nothing scheduled are counted under the key {@code null}.
     */
    Map<Band, Integer> bandCounts(ScopeSql scope, Period period, BandCutoffs cutoffs) {
        Sql q = minutesSql(scope, period);
        // the pyramid needs no class or school: the pupil join goes (the scope condition is on ad alone)
        String perPupil = q.sql()
                .replace("ad.pupil_id, p.class_id, p.school_id", "ad.pupil_id")
                .replace("x.pupil_id, p.class_id, p.school_id", "x.pupil_id")
                .replace("join pupil p on p.id = ad.pupil_id", "").replace("join pupil p on p.id = x.pupil_id", "");
        if (perPupil.contains(" p.")) {
            throw new IllegalStateException("pyramid query still refers to pupil p: " + perPupil);
        }
        String sql = """
                select case when m.scheduled = 0 then null
                            when m.tenths >= %s then 'GREEN' when m.tenths >= %s then 'YELLOW'
                            when m.tenths >= %s then 'ORANGE' else 'RED' end, count(*)
                from (select x.scheduled, case when x.scheduled = 0 then 0
                             else case when x.present < 0 then -1 else 1 end
                                  * ((2000 * abs(x.present) + x.scheduled) / (2 * x.scheduled))
                             end as tenths
                      from (select scheduled::bigint, present::bigint
                            from (%s) y (pupil_id, scheduled, present)) x) m
                group by 1""".formatted(tenths(cutoffs.green()), tenths(cutoffs.yellow()), tenths(cutoffs.orange()),
                perPupil);
        Map<Band, Integer> counts = new HashMap<>();
        jdbc.query(sql, rs -> {
            String band = rs.getString(1);
            counts.put(band == null ? null : Band.valueOf(band), rs.getInt(2));
        }, q.args());
        return counts;
    }

    /** A cut-off in tenths of a percent as an SQL numeric literal (a BigDecimal from configuration, not input). */
    private static String tenths(BigDecimal cutoff) {
        return cutoff.movePointRight(1).toPlainString() + "::numeric";
    }

    private record Sql(String sql, Object[] args) {
    }

    private static Sql minutesSql(ScopeSql scope, Period period) {
        LocalDate firstWhole = period.from().getDayOfMonth() == 1 ? period.from()
                : period.from().withDayOfMonth(1).plusMonths(1);
        LocalDate afterWhole = period.to().plusDays(1).getDayOfMonth() == 1 ? period.to().plusDays(1)
                : period.to().withDayOfMonth(1);
        if (period.wholeMonths() || !firstWhole.isBefore(afterWhole)) {
            String sql = (period.wholeMonths() ? MINUTES_FROM_MONTHS : MINUTES_FROM_DAYS).formatted(scope.condition());
            return new Sql(sql, scope.argsThen(Date.valueOf(period.from()), Date.valueOf(period.to())));
        }
        Object[] days = scope.argsThen(Date.valueOf(period.from()), Date.valueOf(firstWhole.minusDays(1)),
                Date.valueOf(afterWhole), Date.valueOf(period.to()));
        Object[] months = scope.argsThen(Date.valueOf(firstWhole), Date.valueOf(afterWhole.minusDays(1)));
        Object[] args = new Object[days.length + months.length];
        System.arraycopy(days, 0, args, 0, days.length);
        System.arraycopy(months, 0, args, days.length, months.length);
        return new Sql(MINUTES_FROM_MONTHS_AND_DAYS.formatted(scope.condition()), args);
    }

    private static final org.springframework.jdbc.core.RowMapper<PupilMinutes> MINUTES_ROW = (rs, i) ->
            new PupilMinutes(rs.getLong(1), rs.getObject(2, Long.class), rs.getLong(3), rs.getLong(4), rs.getLong(5));

    List<WeekMinutes> weekly(long pupilId, Period period) {
        return jdbc.query(WEEKLY, (rs, i) -> new WeekMinutes(rs.getDate(1).toLocalDate(), rs.getLong(2), rs.getLong(3)),
                pupilId, Date.valueOf(period.from()), Date.valueOf(period.to()));
    }

    /** First day with registrations in the period, or null. */
    LocalDate firstDay(ScopeSql scope, Period period) {
        Date first = jdbc.queryForObject("select min(ad.lesson_date) from attendance_day ad where %s and ad.lesson_date between ? and ?"
                .formatted(scope.condition()), Date.class, scope.argsThen(Date.valueOf(period.from()), Date.valueOf(period.to())));
        return first == null ? null : first.toLocalDate();
    }

    /** Minutes of one pupil in a period, with the pupil's class (may be null) and school for grouping. */
    record PupilMinutes(long pupilId, Long classId, long schoolId, long scheduled, long present) {
    }

    /** Minutes of one ISO week (starting Monday). */
    record WeekMinutes(LocalDate monday, long scheduled, long present) {
    }
}
