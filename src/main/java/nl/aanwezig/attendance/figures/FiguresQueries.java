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

    private final JdbcTemplate jdbc;

    FiguresQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Map<Long, Figures> perPupil(ScopeSql scope, Period period) {
        Map<Long, Figures> out = new LinkedHashMap<>();
        jdbc.query(FiguresSql.PER_PUPIL.formatted(scope.condition()), rs -> {
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
        jdbc.query(FiguresSql.MINUTES.formatted(source.sql()), rs -> {
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
     * instead of one per pupil (see {@link FiguresSql#BAND_COUNTS}). The group key is null for {@link Grouping#NONE} and
     * for pupils without a class; the band is null for pupils with nothing scheduled.
     */
    List<BandCount> bandCounts(Source source, BandCutoffs cutoffs, Grouping grouping) {
        String sql = FiguresSql.BAND_COUNTS.formatted(tenths(cutoffs.green()), tenths(cutoffs.yellow()), tenths(cutoffs.orange()),
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
     * bigint arithmetic; a finer cut-off as numeric (compared exactly, as numeric).
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
            return new Source(FiguresSql.FROM_YEAR.formatted(scope.condition()), scope.argsThen(year));
        }
        LocalDate firstWhole = period.from().getDayOfMonth() == 1 ? period.from()
                : period.from().withDayOfMonth(1).plusMonths(1);
        LocalDate afterWhole = period.to().plusDays(1).getDayOfMonth() == 1 ? period.to().plusDays(1)
                : period.to().withDayOfMonth(1);
        if (period.wholeMonths()) {
            return new Source(FiguresSql.FROM_MONTHS.formatted(scope.condition()), dates(scope, period.from(), period.to()));
        }
        if (!firstWhole.isBefore(afterWhole)) {
            return new Source(FiguresSql.FROM_DAYS.formatted(scope.condition()), dates(scope, period.from(), period.to()));
        }
        List<Source> parts = new ArrayList<>();
        if (period.from().isBefore(firstWhole)) {
            parts.add(new Source(FiguresSql.FROM_DAYS.formatted(scope.condition()), dates(scope, period.from(), firstWhole.minusDays(1))));
        }
        parts.add(new Source(FiguresSql.FROM_MONTHS.formatted(scope.condition()), dates(scope, firstWhole, afterWhole.minusDays(1))));
        if (!afterWhole.isAfter(period.to())) {
            parts.add(new Source(FiguresSql.FROM_DAYS.formatted(scope.condition()), dates(scope, afterWhole, period.to())));
        }
        return unionAll(parts);
    }

    /** The first month of the school year of each pupil's school, from the year rollup. */
    static Source firstMonth(ScopeSql scope, int startYear) {
        return new Source(FiguresSql.FROM_FIRST_MONTH.formatted(scope.condition()), scope.argsThen(startYear));
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
        return jdbc.query(FiguresSql.WEEKLY, (rs, i) -> new WeekMinutes(rs.getDate(1).toLocalDate(), rs.getLong(2), rs.getLong(3)),
                pupilId, Date.valueOf(period.from()), Date.valueOf(period.to()));
    }

    /**
     * The earliest first school day (see {@code school_year_start}) of the schools where pupils of the scope had
     * lessons in the school year, or null: one probe per school and year, not a scan of the scope's days.
     */
    LocalDate firstDay(ScopeSql scope, int startYear) {
        Date first = jdbc.queryForObject(FiguresSql.FIRST_DAY.formatted(scope.condition()), Date.class, scope.argsThen(startYear));
        return first == null ? null : first.toLocalDate();
    }

    /** Minutes of one ISO week (starting Monday). */
    record WeekMinutes(LocalDate monday, long scheduled, long present) {
    }
}
