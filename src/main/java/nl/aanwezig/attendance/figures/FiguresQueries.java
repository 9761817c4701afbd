package nl.aanwezig.attendance.figures;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
        LocalDate firstWhole = period.from().getDayOfMonth() == 1 ? period.from()
                : period.from().withDayOfMonth(1).plusMonths(1);
        LocalDate afterWhole = period.to().plusDays(1).getDayOfMonth() == 1 ? period.to().plusDays(1)
                : period.to().withDayOfMonth(1);
        if (period.wholeMonths() || !firstWhole.isBefore(afterWhole)) {
            String sql = (period.wholeMonths() ? MINUTES_FROM_MONTHS : MINUTES_FROM_DAYS).formatted(scope.condition());
            return jdbc.query(sql, MINUTES_ROW, scope.argsThen(Date.valueOf(period.from()), Date.valueOf(period.to())));
        }
        Object[] days = scope.argsThen(Date.valueOf(period.from()), Date.valueOf(firstWhole.minusDays(1)),
                Date.valueOf(afterWhole), Date.valueOf(period.to()));
        Object[] months = scope.argsThen(Date.valueOf(firstWhole), Date.valueOf(afterWhole.minusDays(1)));
        Object[] args = new Object[days.length + months.length];
        System.arraycopy(days, 0, args, 0, days.length);
        System.arraycopy(months, 0, args, days.length, months.length);
        return jdbc.query(MINUTES_FROM_MONTHS_AND_DAYS.formatted(scope.condition()), MINUTES_ROW, args);
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
