package nl.aanwezig.legal.deviation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nl.aanwezig.attendance.domain.ApprovedTimetable.TimeWindow;
import nl.aanwezig.attendance.domain.Figures;
import nl.aanwezig.attendance.domain.Lesson;
import nl.aanwezig.attendance.figures.FiguresService;
import nl.aanwezig.attendance.figures.Imports;
import nl.aanwezig.attendance.figures.Period;
import nl.aanwezig.attendance.figures.Scope;
import nl.aanwezig.school.Pupil;
import nl.aanwezig.school.School;
import nl.aanwezig.school.Schools;
import nl.aanwezig.support.AsUser;
import nl.aanwezig.support.IntegrationTest;
import nl.aanwezig.support.TestData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The stored figures (days, months, school year; per pupil, class and school) before, during and after an approved
 * deviation equal the figures computed here from the registrations and the windows (see {@link ExpectedFigures}).
 */
@IntegrationTest
class DeviationFiguresIntegrationTest {

    static final LocalDate FROM = LocalDate.of(2025, 9, 1);
    static final LocalDate TO = LocalDate.of(2025, 10, 31);
    static final LocalDate VALID_FROM = LocalDate.of(2025, 9, 15);
    static final LocalDate VALID_TO = LocalDate.of(2025, 10, 17);

    @Autowired TestData data;
    @Autowired Schools schools;
    @Autowired Imports imports;
    @Autowired FiguresService figures;
    @Autowired DeviationFixtures fixtures;
    @Autowired DeviationService deviations;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

    @ParameterizedTest
    @ValueSource(longs = {7, 19, 2026})
    void stored_figures_before_during_and_after_an_approved_deviation_count_only_the_approved_windows(long seed) {
        Random random = new Random(seed);
        Pupil pupil = pupil("dev-fig-" + seed);
        List<Lesson> lessons = DeviationFixtures.lessons(random, FROM, TO);
        imports.lessons(pupil, lessons);
        Map<DayOfWeek, List<TimeWindow>> windows = DeviationFixtures.windows(random);

        fixtures.approved(pupil, form(windows, VALID_TO), VALID_FROM);

        assertStored(pupil, lessons, VALID_TO, windows);
    }

    @Test
    void withdrawing_an_approved_deviation_restores_the_full_timetable() {
        Random random = new Random(5);
        Pupil pupil = pupil("dev-withdraw");
        List<Lesson> lessons = DeviationFixtures.lessons(random, FROM, TO);
        imports.lessons(pupil, lessons);
        Map<DayOfWeek, List<TimeWindow>> windows = DeviationFixtures.windows(random);
        long id = fixtures.approved(pupil, form(windows, VALID_TO), VALID_FROM);
        assertThat(stored(pupil, Period.custom(VALID_FROM, VALID_TO)))
                .isNotEqualTo(ExpectedFigures.of(lessons, VALID_FROM, VALID_TO));

        AsUser.run(DeviationFixtures.OC, "OC", () -> deviations.withdraw(id));

        assertStored(pupil, lessons, VALID_TO, null);
    }

    @Test
    void ending_a_deviation_restores_the_full_timetable_after_its_last_day() {
        Random random = new Random(11);
        Pupil pupil = pupil("dev-end");
        List<Lesson> lessons = DeviationFixtures.lessons(random, FROM, TO);
        imports.lessons(pupil, lessons);
        Map<DayOfWeek, List<TimeWindow>> windows = DeviationFixtures.windows(random);
        long id = fixtures.approved(pupil, form(windows, VALID_TO), VALID_FROM);
        LocalDate lastDay = LocalDate.of(2025, 9, 30);

        AsUser.run(DeviationFixtures.OC, "OC", () -> deviations.end(id, lastDay));

        assertStored(pupil, lessons, lastDay, windows);
    }

    @Test
    void an_import_during_an_approved_deviation_counts_only_the_approved_windows() {
        Random random = new Random(13);
        Pupil pupil = pupil("dev-import");
        List<Lesson> lessons = DeviationFixtures.lessons(random, FROM, TO);
        List<Lesson> september = lessons.stream().filter(l -> l.date().getMonthValue() == 9).toList();
        imports.lessons(pupil, september);
        Map<DayOfWeek, List<TimeWindow>> windows = DeviationFixtures.windows(random);
        fixtures.approved(pupil, form(windows, VALID_TO), VALID_FROM);

        imports.lessons(pupil, lessons.stream().filter(l -> l.date().getMonthValue() == 10).toList());

        assertStored(pupil, lessons, VALID_TO, windows);
    }

    @Test
    void the_band_follows_the_approved_timetable_and_returns_when_it_is_withdrawn() {
        Pupil pupil = pupil("dev-band");
        List<Lesson> lessons = new java.util.ArrayList<>();
        for (LocalDate d = FROM; !d.isAfter(TO); d = d.plusDays(1)) {
            for (int i = 0; i < 7 && d.getDayOfWeek().getValue() <= 5; i++) {
                java.time.LocalTime start = java.time.LocalTime.of(8, 30).plusMinutes(50L * i);
                lessons.add(i < 3 ? Lesson.present(d, start, start.plusMinutes(50))
                        : Lesson.absent(d, start, start.plusMinutes(50), nl.aanwezig.attendance.domain.AbsenceReason.ONBEKEND));
            }
        }
        imports.lessons(pupil, lessons);
        assertThat(band(pupil)).isEqualTo("RED");
        Map<DayOfWeek, List<TimeWindow>> mornings = new java.util.EnumMap<>(DayOfWeek.class);
        for (int day = 1; day <= 5; day++) {
            mornings.put(DayOfWeek.of(day), List.of(new TimeWindow(java.time.LocalTime.of(8, 30), java.time.LocalTime.of(11, 0))));
        }

        long id = fixtures.approved(pupil, new DeviationForm(DeviationFixtures.hours(mornings), FROM, TO, mornings), FROM);
        assertThat(band(pupil)).isEqualTo("GREEN");
        assertThat(figures.band(figures.figures(new Scope.OfPupil(pupil.id()), Period.custom(FROM, TO))))
                .isEqualTo(nl.aanwezig.attendance.domain.Band.GREEN);

        AsUser.run(DeviationFixtures.OC, "OC", () -> deviations.withdraw(id));
        assertThat(band(pupil)).isEqualTo("RED");
    }

    private String band(Pupil pupil) {
        return jdbc.queryForObject("select band from pupil_band where pupil_id = ?", String.class, pupil.id());
    }

    private void assertStored(Pupil pupil, List<Lesson> lessons, LocalDate validTo, Map<DayOfWeek, List<TimeWindow>> w) {
        for (Period p : List.of(Period.custom(FROM, VALID_FROM.minusDays(1)), Period.custom(VALID_FROM, VALID_TO),
                Period.custom(VALID_TO.plusDays(1), TO), Period.custom(FROM, TO), Period.month(YearMonth.of(2025, 9)),
                Period.month(YearMonth.of(2025, 10)))) {
            ExpectedFigures expected = ExpectedFigures.of(lessons, p.from(), p.to(), VALID_FROM, validTo, w);
            assertThat(stored(pupil, p)).as("pupil %s", p).isEqualTo(expected);
            assertThat(of(figures.figures(new Scope.OfClass(pupil.classId()), p))).as("class %s", p).isEqualTo(expected);
            assertThat(of(figures.perPupil(new Scope.OfSchool(pupil.schoolId()), p).get(pupil.id())))
                    .as("school %s", p).isEqualTo(expected);
        }
        ExpectedFigures year = ExpectedFigures.of(lessons, FROM, TO, VALID_FROM, validTo, w);
        FiguresService.Attendance rollup = figures.attendancePerPupil(new Scope.OfSchool(pupil.schoolId()),
                Period.schoolYear(2025)).get(pupil.id());
        assertThat(rollup.scheduledMinutes()).as("year rollup scheduled").isEqualTo(year.scheduled());
        assertThat(rollup.presentMinutes()).as("year rollup present").isEqualTo(year.present());
    }

    private ExpectedFigures stored(Pupil pupil, Period p) {
        return of(figures.figures(new Scope.OfPupil(pupil.id()), p));
    }

    private static ExpectedFigures of(Figures f) {
        return new ExpectedFigures(f.scheduledMinutes(), f.presentMinutes(), f.authorisedAbsentMinutes(),
                f.unauthorisedAbsentMinutes(), f.lateCount(), f.lateMinutes());
    }

    private static DeviationForm form(Map<DayOfWeek, List<TimeWindow>> windows, LocalDate validTo) {
        return new DeviationForm(DeviationFixtures.hours(windows), VALID_FROM, validTo, windows);
    }

    /** A pupil in a class of their own, so the class's figures are theirs. */
    private Pupil pupil(String leerling) {
        School school = schools.findByBrin("T19VO").orElseThrow();
        return data.pupil(school, leerling, "K-" + leerling, "t-mentor-dev");
    }
}
