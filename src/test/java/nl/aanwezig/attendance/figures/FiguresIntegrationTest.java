package nl.aanwezig.attendance.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.aanwezig.attendance.domain.Figures;
import nl.aanwezig.attendance.domain.Lesson;
import nl.aanwezig.school.Pupil;
import nl.aanwezig.school.School;
import nl.aanwezig.school.Sector;
import nl.aanwezig.support.IntegrationTest;
import nl.aanwezig.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The SQL aggregates against the pure {@link Figures#of} of the same registrations, to the minute. */
@IntegrationTest
class FiguresIntegrationTest {

    private static final LocalDate FROM = LocalDate.of(2025, 8, 25);
    private static final LocalDate TO = LocalDate.of(2025, 11, 14);

    @Autowired TestData data;
    @Autowired Imports imports;
    @Autowired FiguresService figures;

    private School school;
    private final Map<Long, List<Lesson>> lessons = new HashMap<>();

    @BeforeEach
    void fiveRandomPupils() {
        school = data.school("FG01", Sector.VO);
        for (int i = 0; i < 5; i++) {
            Pupil p = data.pupil(school, "fg01-" + i, i < 3 ? "2B" : "3A", "m.fg01");
            List<Lesson> own = RandomLessons.of(1000 + i, FROM, TO);
            lessons.put(p.id(), own);
            imports.lessons(p, own); // idempotent: the same rows again change nothing
        }
    }

    @Test
    void pupil_figures_equal_the_pure_rules_in_every_kind_of_period() {
        int year = 2025;
        List<Period> periods = List.of(Period.week(LocalDate.of(2025, 9, 10)), Period.month(YearMonth.of(2025, 10)),
                Period.schoolYear(year), Period.custom(LocalDate.of(2025, 9, 3), LocalDate.of(2025, 10, 21)),
                figures.firstMonthOfSchoolYear(year, new Scope.OfSchool(school.id())));
        for (Period period : periods) {
            Map<Long, Figures> sql = figures.perPupil(new Scope.OfSchool(school.id()), period);
            lessons.forEach((pupilId, own) ->
                    assertThat(sql.getOrDefault(pupilId, Figures.EMPTY)).as(period + " pupil " + pupilId)
                            .isEqualTo(Figures.of(within(own, period))));
        }
    }

    @Test
    void attendance_per_pupil_from_months_and_days_equals_the_pure_rules() {
        int year = 2025;
        List<Period> periods = List.of(Period.week(LocalDate.of(2025, 9, 10)), Period.month(YearMonth.of(2025, 10)),
                Period.schoolYear(year), Period.schoolYear(year).until(LocalDate.of(2025, 11, 12)),
                Period.custom(LocalDate.of(2025, 9, 3), LocalDate.of(2025, 10, 21)),
                Period.custom(LocalDate.of(2025, 9, 1), LocalDate.of(2025, 10, 21)),
                Period.custom(LocalDate.of(2025, 8, 27), LocalDate.of(2025, 10, 31)),
                Period.custom(LocalDate.of(2025, 9, 3), LocalDate.of(2025, 9, 30)));
        for (Period period : periods) {
            Map<Long, FiguresService.Attendance> sql = figures.attendancePerPupil(new Scope.OfSchool(school.id()), period);
            lessons.forEach((pupilId, own) -> {
                Figures pure = Figures.of(within(own, period));
                FiguresService.Attendance a = sql.getOrDefault(pupilId, new FiguresService.Attendance(0, 0));
                assertThat(a.scheduledMinutes()).as(period + " pupil " + pupilId).isEqualTo(pure.scheduledMinutes());
                assertThat(a.presentMinutes()).as(period + " pupil " + pupilId).isEqualTo(pure.presentMinutes());
                assertThat(a.attendancePct()).as(period + " pupil " + pupilId).isEqualTo(pure.attendancePct());
            });
        }
    }

    @Test
    void the_random_timetables_do_contain_lateness_sickness_and_every_reason() {
        Figures all = figures.figures(new Scope.OfSchool(school.id()), Period.schoolYear(2025));
        assertThat(all.lateCount()).isPositive();
        assertThat(all.sickReports()).isGreaterThan(5);
        assertThat(all.authorisedAbsentMinutes()).isPositive();
        assertThat(all.unauthorisedAbsentMinutes()).isPositive();
    }

    @Test
    void group_figures_are_the_sum_of_their_pupils() {
        Period year = Period.schoolYear(2025);
        Figures expectedClass = Figures.EMPTY;
        List<Long> ids = new ArrayList<>(lessons.keySet());
        ids.sort(Long::compare);
        for (Long id : ids.subList(0, 3)) {
            expectedClass = expectedClass.plus(Figures.of(lessons.get(id)));
        }
        Pupil first = data.pupil(school, "fg01-0", "2B", "m.fg01");
        assertThat(figures.figures(new Scope.OfClass(first.classId()), year)).isEqualTo(expectedClass);
        assertThat(figures.figures(new Scope.OfLevel(school.id(), 2), year)).isEqualTo(expectedClass);
        assertThat(figures.figures(new Scope.OfPupils(ids.subList(0, 3)), year)).isEqualTo(expectedClass);
        Figures expectedSchool = lessons.values().stream().map(Figures::of).reduce(Figures.EMPTY, Figures::plus);
        assertThat(figures.figures(new Scope.OfSchool(school.id()), year)).isEqualTo(expectedSchool);
    }

    @Test
    void first_month_starts_on_the_first_registered_day_after_the_summer_holiday() {
        Period first = figures.firstMonthOfSchoolYear(2025, new Scope.OfSchool(school.id()));
        // region unknown: the latest region's summer holiday ended on 31 August 2025; lessons before it don't count
        LocalDate firstDay = lessons.values().stream().flatMap(List::stream).map(Lesson::date)
                .filter(d -> !d.isBefore(LocalDate.of(2025, 9, 1))).min(LocalDate::compareTo).orElseThrow();
        assertThat(first).isEqualTo(new Period(firstDay, firstDay.plusDays(27)));
    }

    static List<Lesson> within(List<Lesson> lessons, Period period) {
        return lessons.stream().filter(l -> period.contains(l.date())).toList();
    }
}
