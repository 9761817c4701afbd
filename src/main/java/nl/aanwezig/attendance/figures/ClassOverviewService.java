package nl.aanwezig.attendance.figures;

import java.util.Objects;
import org.springframework.security.access.prepost.PreAuthorize;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.aanwezig.attendance.domain.Band;
import nl.aanwezig.attendance.domain.Figures;
import nl.aanwezig.school.Pupil;
import nl.aanwezig.school.Pupils;
import nl.aanwezig.school.SchoolClass;
import nl.aanwezig.school.SchoolClasses;
import nl.aanwezig.security.CurrentUser;
import nl.aanwezig.security.CurrentUsers;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The mentor's own pupils with their figures: the school year so far and the last four weeks. */
@Service
@PreAuthorize("hasAnyRole('MENTOR')")
@Transactional(readOnly = true)
public class ClassOverviewService {

    /** "Last 4 weeks": today and the 27 days before it. */
    static final int RECENT_DAYS = 28;

    private final FiguresService figures;
    private final Pupils pupils;
    private final SchoolClasses classes;
    private final CurrentUsers users;
    private final Clock clock;

    ClassOverviewService(FiguresService figures, Pupils pupils, SchoolClasses classes, CurrentUsers users, Clock clock) {
        this.figures = figures;
        this.pupils = pupils;
        this.classes = classes;
        this.users = users;
        this.clock = clock;
    }

    /**
     * One pupil of the mentor.
     *
     * @param yearPct           attendance % of the school year so far; null without lessons
     * @param recentPct         attendance % of the last four weeks; null without lessons
     * @param band              band of the school year so far; null without lessons
     * @param unauthorisedHours unauthorised absence of the school year so far, clock hours with one decimal
     */
    public record PupilRow(long pupilId, String name, String className, BigDecimal yearPct, BigDecimal recentPct,
                           Band band, BigDecimal unauthorisedHours, int lateCount, int sickReports) {
    }

    /** The current user's own pupils (mentor of record in the pupil administration), by last name. */
    public List<PupilRow> myPupils() {
        CurrentUser user = users.require();
        LocalDate today = LocalDate.now(clock);
        List<Pupil> own = pupils.findBySchoolIdAndMentorOrderByLastName(user.schoolId(), user.username());
        if (own.isEmpty()) {
            return List.of();
        }
        Scope scope = new Scope.OfPupils(own.stream().map(Pupil::id).toList());
        Map<Long, Figures> year = figures.perPupil(scope, Period.schoolYear(Period.schoolYearOf(today)).until(today));
        Map<Long, Figures> recent = figures.perPupil(scope, Period.custom(today.minusDays(RECENT_DAYS - 1), today));
        Map<Long, String> classNames = classes.findAllById(own.stream().map(Pupil::classId).filter(Objects::nonNull).distinct().toList())
                .stream().collect(Collectors.toMap(SchoolClass::id, SchoolClass::name));
        Function<Pupil, PupilRow> row = p -> {
            Figures y = year.getOrDefault(p.id(), Figures.EMPTY);
            return new PupilRow(p.id(), p.fullName(), classNames.getOrDefault(p.classId(), ""), figures.pct(y),
                    figures.pct(recent.getOrDefault(p.id(), Figures.EMPTY)), figures.band(y),
                    hours(y.unauthorisedAbsentMinutes()), y.lateCount(), y.sickReports());
        };
        return own.stream().map(row).toList();
    }

    private static BigDecimal hours(long minutes) {
        return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP);
    }
}
