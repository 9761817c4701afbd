package nl.aanwezig.attendance.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import nl.aanwezig.attendance.domain.AbsenceReason;
import nl.aanwezig.attendance.domain.Band;
import nl.aanwezig.attendance.domain.Figures;
import nl.aanwezig.attendance.domain.Lesson;
import nl.aanwezig.school.Pupil;
import nl.aanwezig.school.School;
import nl.aanwezig.school.Sector;
import nl.aanwezig.security.Role;
import nl.aanwezig.support.IntegrationTest;
import nl.aanwezig.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/** Pyramid shares of a constructed school of ten pupils whose percentages are known, edges included. */
@IntegrationTest
class PyramidIntegrationTest {

    /** Missed lessons of 20 per pupil: 100,100,100,100,100, 95 (edge: green), 90, 80 (edge: yellow), 50 (edge: orange), 45. */
    private static final int[] ABSENT = {0, 0, 0, 0, 0, 1, 2, 4, 10, 11};
    private static final LocalDate DAY = LocalDate.of(2025, 9, 15);

    @Autowired TestData data;
    @Autowired Imports imports;
    @Autowired FiguresService figures;
    @Autowired PyramidService pyramids;

    private School school;

    @BeforeEach
    void tenPupils() {
        school = data.school("FP01", Sector.VO);
        data.school("FP02", Sector.VO);
        data.account("oc.fp01", Role.OC, school);
        for (int i = 0; i < ABSENT.length; i++) {
            Pupil p = data.pupil(school, "fp01-" + i, i < 5 ? "1A" : "2B", "m.fp01");
            imports.lessons(p, DayLessons.withAbsent(DAY, ABSENT[i]));
        }
    }

    @Test
    void percentages_exactly_on_a_cutoff_belong_to_the_higher_band() {
        Period day = Period.custom(DAY, DAY);
        Pupil green95 = data.pupil(school, "fp01-5", "2B", "m.fp01");
        Pupil yellow80 = data.pupil(school, "fp01-7", "2B", "m.fp01");
        Pupil orange50 = data.pupil(school, "fp01-8", "2B", "m.fp01");
        assertBand(green95, day, "95.0", Band.GREEN);
        assertBand(yellow80, day, "80.0", Band.YELLOW);
        assertBand(orange50, day, "50.0", Band.ORANGE);
    }

    /**
     * The pyramid counts its bands in SQL on the exact fraction, as the Java classification does: 94.95% is yellow
     * (below green >= 95) and is shown as 94.9, never as a 95.0 that would look green.
     */
    @Test
    void the_sql_band_counts_equal_the_java_classification_on_and_just_below_each_cutoff() {
        School edges = data.school("FP03", Sector.VO);
        // scheduled minutes (days of 10 lessons of 50 minutes), lessons missed, minutes late on the next lesson
        Object[][] cases = {
                {"green-95.00", 4, 2, 0, "95.0", Band.GREEN}, {"yellow-94.95", 4, 2, 1, "94.9", Band.YELLOW},
                {"yellow-94.94", 10, 5, 3, "94.9", Band.YELLOW}, {"yellow-80.00", 4, 8, 0, "80.0", Band.YELLOW},
                {"orange-79.95", 4, 8, 1, "79.9", Band.ORANGE}, {"orange-79.94", 10, 20, 3, "79.9", Band.ORANGE},
                {"orange-50.00", 4, 20, 0, "50.0", Band.ORANGE}, {"red-49.95", 4, 20, 1, "49.9", Band.RED},
                {"red-49.94", 10, 50, 3, "49.9", Band.RED}, {"red-0.00", 1, 10, 0, "0.0", Band.RED},
                {"green-100.0", 1, 0, 0, "100.0", Band.GREEN}};
        Period year = Period.schoolYear(2025);
        List<Period> periods = List.of(year, Period.custom(LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 30)),
                Period.custom(LocalDate.of(2025, 9, 15), LocalDate.of(2025, 10, 3)),
                Period.custom(LocalDate.of(2025, 8, 28), LocalDate.of(2025, 10, 2)));
        for (Object[] c : cases) {
            Pupil p = data.pupil(edges, "fp03-" + c[0], "1A", "m.fp03");
            imports.lessons(p, edgeLessons((int) c[1], (int) c[2], (int) c[3]));
            assertBand(p, year, (String) c[4], (Band) c[5]);
            for (Period period : periods) {
                Pyramid sql = figures.pyramid(new Scope.OfPupil(p.id()), period);
                assertThat(sql.count((Band) c[5])).as("%s in %s", c[0], period).isEqualTo(1);
                assertThat(sql).isEqualTo(figures.pyramidPerPupil(new Scope.OfPupil(p.id()), period));
            }
        }
        for (Period period : periods) {
            Pyramid sql = figures.pyramid(new Scope.OfSchool(edges.id()), period);
            assertThat(sql).isEqualTo(figures.pyramidPerPupil(new Scope.OfSchool(edges.id()), period));
        }
        assertThat(figures.pyramid(new Scope.OfSchool(edges.id()), year).counts()).containsEntry(Band.GREEN, 2)
                .containsEntry(Band.YELLOW, 3).containsEntry(Band.ORANGE, 3).containsEntry(Band.RED, 3);
    }

    /** School days from Monday 15 September 2025 of ten 50-minute lessons: the first {@code absent} missed. */
    private static List<Lesson> edgeLessons(int days, int absent, int lateMinutes) {
        List<Lesson> out = new java.util.ArrayList<>();
        LocalDate day = DAY;
        int n = 0;
        for (int d = 0; d < days; d++, day = day.plusDays(day.getDayOfWeek() == java.time.DayOfWeek.FRIDAY ? 3 : 1)) {
            LocalTime start = LocalTime.of(8, 0);
            for (int i = 0; i < 10; i++, n++, start = start.plusMinutes(50)) {
                LocalTime end = start.plusMinutes(50);
                out.add(n < absent ? Lesson.absent(day, start, end, AbsenceReason.SPIJBELEN)
                        : n == absent && lateMinutes > 0 ? Lesson.late(day, start, end, lateMinutes)
                        : Lesson.present(day, start, end));
            }
        }
        return out;
    }

    private void assertBand(Pupil p, Period period, String pct, Band band) {
        Figures f = figures.figures(new Scope.OfPupil(p.id()), period);
        assertThat(figures.pct(f)).isEqualTo(new BigDecimal(pct));
        assertThat(figures.band(f)).isEqualTo(band);
    }

    @Test
    void shares_per_band_of_the_school_and_its_levels() {
        Pyramid school10 = figures.pyramid(new Scope.OfSchool(school.id()), Period.schoolYear(2025));
        assertThat(school10.counts()).containsEntry(Band.GREEN, 6).containsEntry(Band.YELLOW, 2)
                .containsEntry(Band.ORANGE, 1).containsEntry(Band.RED, 1);
        assertThat(school10.share(Band.GREEN)).isEqualByComparingTo("60.0");
        assertThat(school10.share(Band.YELLOW)).isEqualByComparingTo("20.0");
        assertThat(school10.shareOrangeAndRed()).isEqualByComparingTo("20.0");
        assertThat(school10.healthy()).isFalse();
        Pyramid level1 = figures.pyramid(new Scope.OfLevel(school.id(), 1), Period.schoolYear(2025));
        assertThat(level1.counts()).containsEntry(Band.GREEN, 5);
        assertThat(level1.healthy()).isTrue();
    }

    @Test
    void the_month_rollup_gives_the_same_pyramid_as_the_days() {
        Pyramid fromMonths = figures.pyramid(new Scope.OfSchool(school.id()), Period.month(YearMonth.of(2025, 9)));
        Pyramid fromDays = figures.pyramid(new Scope.OfSchool(school.id()),
                Period.custom(LocalDate.of(2025, 9, 2), LocalDate.of(2025, 9, 30)));
        assertThat(fromMonths).isEqualTo(fromDays);
        assertThat(fromMonths.pupils()).isEqualTo(10);
    }

    @Test
    @WithMockUser(username = "oc.fp01", roles = "OC")
    void the_oc_sees_the_own_school_per_class_and_no_other() {
        List<PyramidService.Target> targets = pyramids.targets();
        assertThat(targets).extracting(PyramidService.Target::schoolId).containsExactly(school.id());
        var report = pyramids.report(new PyramidService.Query(targets.getFirst(), 2025,
                PyramidService.PeriodChoice.SCHOOL_YEAR, null, null));
        assertThat(report.pyramid().pupils()).isEqualTo(10);
        assertThat(report.firstMonth()).isEqualTo(new Period(DAY, DAY.plusDays(27)));
        assertThat(report.rows()).extracting(PyramidService.Row::label).containsExactly("1A", "2B");
        School other = data.school("FP02", Sector.VO);
        assertThatThrownBy(() -> pyramids.report(new PyramidService.Query(
                new PyramidService.Target(other.id(), null, other.name() + " (FP02)"), 2025,
                PyramidService.PeriodChoice.SCHOOL_YEAR, null, null))).isInstanceOf(AccessDeniedException.class);
    }
}
