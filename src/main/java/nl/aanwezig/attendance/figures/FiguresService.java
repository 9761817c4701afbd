package nl.aanwezig.attendance.figures;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Map;
import nl.aanwezig.attendance.domain.Band;
import nl.aanwezig.attendance.domain.Figures;
import nl.aanwezig.school.SchoolClasses;
import nl.aanwezig.school.SummerHolidays;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Attendance figures of pupils and groups over a period, read from the aggregates that
 * {@code AttendanceAggregates} keeps in sync with the registrations. The numbers equal
 * {@link Figures#of} of the same registrations (docs/attendance-format.md), without reading them.
 *
 * <p>No access checks here: this is the calculation. Callers that serve a user (dashboards, dossier, API)
 * decide first who may see which scope.
 */
@Service
@Transactional(readOnly = true)
public class FiguresService {

    private final FiguresQueries queries;
    private final SchoolClasses classes;
    private final BandPolicy bands;

    FiguresService(FiguresQueries queries, SchoolClasses classes, BandPolicy bands) {
        this.queries = queries;
        this.classes = classes;
        this.bands = bands;
    }

    /** Figures of the whole scope: the sum of its pupils' figures (sick reports are per pupil, then added). */
    public Figures figures(Scope scope, Period period) {
        return perPupil(scope, period).values().stream().reduce(Figures.EMPTY, Figures::plus);
    }

    /** Figures per pupil id, for the pupils of the scope that have registrations in the period. */
    public Map<Long, Figures> perPupil(Scope scope, Period period) {
        return queries.perPupil(sql(scope), period);
    }

    /**
     * Scheduled and present minutes per pupil id, for the pupils of the scope that have registrations in the
     * period: all a band needs, answered from the rollups where they fit (a whole school year is a row per pupil).
     */
    public Map<Long, Attendance> attendancePerPupil(Scope scope, Period period) {
        return queries.minutes(FiguresQueries.source(sql(scope), period));
    }

    /** {@link #attendancePerPupil} over the first month of each pupil's school (as {@link #firstMonthPyramid}). */
    public Map<Long, Attendance> firstMonthAttendancePerPupil(Scope scope, int startYear) {
        return queries.minutes(FiguresQueries.firstMonth(sql(scope), startYear));
    }

    /** The band of figures under the configured cut-offs, on the exact fraction; null when nothing was scheduled. */
    public Band band(Figures figures) {
        return bands.classify(figures.presentMinutes(), figures.scheduledMinutes());
    }

    /** The band of these minutes under the configured cut-offs, on the exact fraction, as the pyramid counts it. */
    public Band band(Attendance attendance) {
        return bands.classify(attendance.presentMinutes(), attendance.scheduledMinutes());
    }

    /** The attendance % to show and to decide on: one decimal, in the band of the exact fraction (94.99% is 94.9). */
    public BigDecimal pct(Figures figures) {
        return bands.shownPct(figures.presentMinutes(), figures.scheduledMinutes());
    }

    /** {@link #pct(Figures)} of these minutes. */
    public BigDecimal pct(Attendance attendance) {
        return bands.shownPct(attendance.presentMinutes(), attendance.scheduledMinutes());
    }

    /**
     * Pupils per band, counted in SQL (one row per band, not per pupil) from the rollups where they fit, with the
     * same exact fractions and cut-offs as {@link #band}.
     */
    public Pyramid pyramid(Scope scope, Period period) {
        return single(FiguresQueries.source(sql(scope), period));
    }

    /**
     * Pupils per band over the first month of the school year: for each pupil the four weeks from the first school
     * day of their own school (see {@link #firstMonthOfSchoolYear}), from the year rollup.
     */
    public Pyramid firstMonthPyramid(Scope scope, int startYear) {
        return single(FiguresQueries.firstMonth(sql(scope), startYear));
    }

    private Pyramid single(FiguresQueries.Source source) {
        return breakdown(source, FiguresQueries.Grouping.NONE).total();
    }

    /** {@link #pyramid} classified per pupil in Java, as the class overview does; kept to check the SQL against. */
    Pyramid pyramidPerPupil(Scope scope, Period period) {
        return BandTally.pyramidOf(attendancePerPupil(scope, period).values(), bands);
    }

    /** What to split a pyramid by. */
    public enum GroupBy { CLASS, SCHOOL }

    /**
     * The pyramid of a scope and one per class or school of its pupils (pupils without a class count in the total
     * only), from one query.
     *
     * @param total  the whole scope, as {@link #pyramid}
     * @param groups per class id or school id
     */
    public record Breakdown(Pyramid total, Map<Long, Pyramid> groups) {
    }

    public Breakdown breakdown(Scope scope, Period period, GroupBy by) {
        return breakdown(FiguresQueries.source(sql(scope), period), grouping(by));
    }

    /** {@link #breakdown} over the first month of each pupil's school (as {@link #firstMonthPyramid}). */
    public Breakdown firstMonthBreakdown(Scope scope, int startYear, GroupBy by) {
        return breakdown(FiguresQueries.firstMonth(sql(scope), startYear), grouping(by));
    }

    private static FiguresQueries.Grouping grouping(GroupBy by) {
        return by == GroupBy.CLASS ? FiguresQueries.Grouping.CLASS : FiguresQueries.Grouping.SCHOOL;
    }

    private Breakdown breakdown(FiguresQueries.Source source, FiguresQueries.Grouping grouping) {
        return BandTally.breakdown(queries.bandCounts(source, bands.cutoffs(), grouping));
    }

    /** A pupil's scheduled minutes and minutes present (late lessons minus the minutes late) over a period. */
    public record Attendance(long scheduledMinutes, long presentMinutes) {

        /** As {@link Figures#attendancePct()}: scale 1, half-up; null when nothing was scheduled. */
        public BigDecimal attendancePct() {
            return new Figures(scheduledMinutes, presentMinutes, 0, 0, 0, 0, 0).attendancePct();
        }
    }

    /** Attendance per ISO week of one pupil, weeks without lessons left out. */
    public List<WeekFigure> weekly(long pupilId, Period period) {
        return queries.weekly(pupilId, period).stream().map(w -> {
            BigDecimal pct = bands.shownPct(w.present(), w.scheduled());
            return new WeekFigure(w.monday(), w.monday().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), pct);
        }).toList();
    }

    /**
     * A pupil's weekly attendance with the cut-offs in force, for a trend line; the week of the period's last day
     * left out while unfinished (that day before its Friday): a Monday morning would be drawn as a week (0,0%).
     */
    public Trend trend(long pupilId, Period period) {
        LocalDate last = period.to();
        LocalDate unfinished = last.getDayOfWeek().getValue() < 5 ? last.minusDays(last.getDayOfWeek().getValue() - 1) : null;
        return new Trend(weekly(pupilId, period).stream().filter(w -> !w.monday().equals(unfinished)).toList(),
                bands.cutoffs());
    }

    /**
     * The first month of a school year for this scope (see {@link Period#firstMonthOfSchoolYear}): four weeks from
     * the first school day. Each school's first month starts on its own first registered day after the summer
     * holiday ({@code school_year_start}, see {@code YearRollup}); without any, on the latest region's first school
     * day; for a scope over several schools this is the earliest of them, and the figures
     * ({@link #firstMonthPyramid}) take each pupil's own school's four weeks.
     */
    public Period firstMonthOfSchoolYear(int startYear, Scope scope) {
        LocalDate first = queries.firstDay(sql(scope), startYear);
        // nothing registered yet: the first school day after the summer holiday of the latest region
        return Period.firstMonthOfSchoolYear(startYear, first != null ? first : SummerHolidays.firstSchoolDay(null, startYear));
    }

    private ScopeSql sql(Scope scope) {
        List<Long> levelClasses = scope instanceof Scope.OfLevel level
                ? classes.findBySchoolIdOrderByName(level.schoolId()).stream()
                        .filter(c -> Levels.of(c.name()).orElse(-1) == level.level()).map(c -> c.id()).toList()
                : List.of();
        return ScopeSql.of(scope, levelClasses);
    }

    /**
     * Attendance of one ISO week.
     *
     * @param monday  the week's Monday
     * @param isoWeek ISO week number
     * @param attendancePct present / scheduled * 100, one decimal, in the band of the exact fraction
     */
    public record WeekFigure(LocalDate monday, int isoWeek, BigDecimal attendancePct) {
    }

    /** Weekly attendance and the band cut-offs to draw beside it. */
    public record Trend(List<WeekFigure> weeks, nl.aanwezig.attendance.domain.BandCutoffs cutoffs) {
    }
}
