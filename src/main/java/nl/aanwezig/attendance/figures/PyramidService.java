package nl.aanwezig.attendance.figures;

import org.springframework.security.access.prepost.PreAuthorize;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import nl.aanwezig.school.Regions.SchoolRef;
import nl.aanwezig.school.SchoolClass;
import nl.aanwezig.school.SchoolClasses;
import nl.aanwezig.security.CurrentUsers;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The Piramide van Aanwezigheid of a school or region, for the people who steer on it (OC, SWV, leerplicht). */
@Service
@PreAuthorize("hasAnyRole('OC', 'SWV', 'LEERPLICHT', 'DIRECTIE')")
@Transactional(readOnly = true)
public class PyramidService {

    private final FiguresService figures;
    private final SchoolClasses classes;
    private final DashboardScope access;
    private final CurrentUsers users;
    private final Clock clock;

    PyramidService(FiguresService figures, SchoolClasses classes, DashboardScope access, CurrentUsers users, Clock clock) {
        this.figures = figures;
        this.classes = classes;
        this.access = access;
        this.users = users;
        this.clock = clock;
    }

    /**
     * A school (schoolId set) or a whole region (regionId set) to show.
     *
     * @param label the school's or region's name
     */
    public record Target(Long schoolId, Long regionId, String label) {
        static Target of(SchoolRef s) {
            return new Target(s.id(), null, s.name() + " (" + s.brin() + ")");
        }
    }

    /** Which period of the school year: all of it, the first month (the predictor) or one calendar month. */
    public record PeriodChoice(Kind kind, YearMonth month) {
        public enum Kind { SCHOOL_YEAR, FIRST_MONTH, MONTH }

        public static final PeriodChoice SCHOOL_YEAR = new PeriodChoice(Kind.SCHOOL_YEAR, null);
        public static final PeriodChoice FIRST_MONTH = new PeriodChoice(Kind.FIRST_MONTH, null);

        public static PeriodChoice month(YearMonth month) {
            return new PeriodChoice(Kind.MONTH, month);
        }
    }

    /**
     * What to show. classId and level narrow a school target; both null means the whole school.
     */
    public record Query(Target target, int startYear, PeriodChoice period, Long classId, Integer level) {
    }

    /**
     * One row of the table under the chart: a class of the school, or a school of the region.
     *
     * @param groupId the class id or school id, to drill down to its pupils
     */
    public record Row(String label, Pyramid pyramid, Long groupId) {
    }

    /**
     * The answer: the pyramid for the chosen period, the first month's pyramid beside it (the best predictor),
     * the period actually used and a row per class or school.
     */
    public record Report(Period period, Pyramid pyramid, Period firstMonth, Pyramid firstMonthPyramid, List<Row> rows) {
    }

    /** The schools (and region) the current user may look at, first the widest. */
    public List<Target> targets() {
        return access.targets(users.require());
    }

    /** The current school year's start year, by the clock. */
    public int currentSchoolYear() {
        return Period.schoolYearOf(LocalDate.now(clock));
    }

    /** Classes of a school target, for the drill-down. */
    public List<SchoolClass> classes(Target target) {
        access.check(users.require(), target);
        return target.schoolId() == null ? List.of() : classes.findBySchoolIdOrderByName(target.schoolId());
    }

    /** Levels present in a school target's class names, ascending. */
    public List<Integer> levels(Target target) {
        return classes(target).stream().map(c -> Levels.of(c.name())).filter(l -> l.isPresent())
                .map(l -> l.getAsInt()).distinct().sorted().toList();
    }

    public Report report(Query q) {
        access.check(users.require(), q.target());
        Scope scope = scope(q);
        int year = q.startYear();
        Period firstMonth = figures.firstMonthOfSchoolYear(year, scope);
        boolean school = q.target().schoolId() != null;
        FiguresService.GroupBy by = school ? FiguresService.GroupBy.CLASS : FiguresService.GroupBy.SCHOOL;
        if (q.period().kind() == PeriodChoice.Kind.FIRST_MONTH) {
            FiguresService.Breakdown first = figures.firstMonthBreakdown(scope, year, by);
            return new Report(firstMonth, first.total(), firstMonth, first.total(), rows(school, first.groups()));
        }
        Period period = period(q);
        // the chosen period's pyramid and its rows come from one query
        FiguresService.Breakdown chosen = figures.breakdown(scope, period, by);
        return new Report(period, chosen.total(), firstMonth, figures.firstMonthPyramid(scope, year),
                rows(school, chosen.groups()));
    }

    /** The period of a query that is not the first month (each school has its own first month). */
    static Period period(Query q) {
        return q.period().kind() == PeriodChoice.Kind.SCHOOL_YEAR ? Period.schoolYear(q.startYear())
                : Period.month(q.period().month());
    }

    /** The scope of a query (the drill-down to pupils uses the pyramid's own); a class of another school is refused. */
    public Scope scope(Query q) {
        if (q.target().schoolId() == null) {
            return new Scope.OfRegion(q.target().regionId());
        }
        if (q.classId() != null) {
            // a class id from another school must not slip through the school check
            classes.findById(q.classId()).filter(c -> c.schoolId().equals(q.target().schoolId()))
                    .orElseThrow(() -> new AccessDeniedException("class " + q.classId() + " not in " + q.target()));
            return new Scope.OfClass(q.classId());
        }
        if (q.level() != null) {
            return new Scope.OfLevel(q.target().schoolId(), q.level());
        }
        return new Scope.OfSchool(q.target().schoolId());
    }

    /** A row per school of the region the user may see, or per class of the school. */
    private List<Row> rows(boolean school, Map<Long, Pyramid> pyramids) {
        if (!school) {
            return targets().stream().filter(t -> t.schoolId() != null && pyramids.containsKey(t.schoolId()))
                    .map(t -> new Row(t.label(), pyramids.get(t.schoolId()), t.schoolId())).toList();
        }
        return classes.findAllById(pyramids.keySet()).stream().sorted(Comparator.comparing(SchoolClass::name))
                .map(c -> new Row(c.name(), pyramids.get(c.id()), c.id())).toList();
    }
}
