package nl.aanwezig.attendance.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.aanwezig.attendance.domain.Lesson;
import nl.aanwezig.school.Pupil;
import nl.aanwezig.school.Regions;
import nl.aanwezig.school.School;
import nl.aanwezig.school.SchoolYearStarts;
import nl.aanwezig.school.Sector;
import nl.aanwezig.support.IntegrationTest;
import nl.aanwezig.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code attendance_year} (a row per pupil, school and school year, with the school's first month) stays equal to
 * the sums of {@code attendance_day} through imports in any order: later days, and earlier days that move a
 * school's first school day and with it the first month.
 */
@IntegrationTest
class YearRollupIntegrationTest {

    private static final int YEAR = 2025;

    @Autowired TestData data;
    @Autowired Imports imports;
    @Autowired FiguresService figures;
    @Autowired Regions regions;
    @Autowired JdbcTemplate jdbc;
    @Autowired SchoolYearStarts starts;

    @Test
    void the_year_and_the_first_month_follow_every_import_also_one_that_moves_the_first_day() {
        School school = data.school("YR01", Sector.VO);
        // region zuid: its summer holiday ended on 17 August 2025, so a week from 25 August counts
        jdbc.update("update school set holiday_region = 'ZUID' where id = ?", school.id());
        Pupil[] pupils = new Pupil[4];
        for (int i = 0; i < pupils.length; i++) {
            pupils[i] = data.pupil(school, "yr01-" + i, "1A", "m.yr01");
            // the last pupil only comes after 21 September: outside the first month once it starts on 25 August
            LocalDate from = i == 3 ? LocalDate.of(2025, 9, 22) : LocalDate.of(2025, 9, 1);
            imports.lessons(pupils[i], RandomLessons.of(100 + i, from, LocalDate.of(2025, 10, 17)));
        }
        assertThat(firstDay(school)).isEqualTo(LocalDate.of(2025, 9, 1));
        assertRollupEqualsDays(school);
        Map<Long, List<Long>> firstMonthBefore = firstMonthOfRollup(school);

        // a day in November: the year grows, the first month stays
        for (int i = 0; i < pupils.length; i++) {
            imports.lessons(pupils[i], RandomLessons.of(200 + i, LocalDate.of(2025, 11, 3), LocalDate.of(2025, 11, 3)));
        }
        assertRollupEqualsDays(school);
        assertThat(firstMonthOfRollup(school)).isEqualTo(firstMonthBefore);

        // an earlier week is imported afterwards: the school's first day and first month move back
        for (int i = 0; i < 2; i++) {
            List<Lesson> week = RandomLessons.of(300 + i, LocalDate.of(2025, 8, 25), LocalDate.of(2025, 8, 29));
            imports.lessons(pupils[i], week.isEmpty() ? RandomLessons.of(1, LocalDate.of(2025, 8, 25),
                    LocalDate.of(2025, 8, 25)) : week);
        }
        LocalDate moved = firstDay(school);
        assertThat(moved).isBefore(LocalDate.of(2025, 9, 1)).isAfterOrEqualTo(LocalDate.of(2025, 8, 25));
        assertRollupEqualsDays(school);
        assertThat(firstMonthOfRollup(school)).as("the late pupil has no lessons in the moved first month")
                .doesNotContainKey(pupils[3].id()).isNotEqualTo(firstMonthBefore);

        // the pyramids from the rollup equal those from the month and day tables
        Scope scope = new Scope.OfSchool(school.id());
        Period firstMonth = figures.firstMonthOfSchoolYear(YEAR, scope);
        assertThat(firstMonth).isEqualTo(new Period(moved, moved.plusDays(27)));
        assertThat(figures.firstMonthPyramid(scope, YEAR)).isEqualTo(figures.pyramid(scope, firstMonth));
        assertThat(figures.pyramid(scope, Period.schoolYear(YEAR)))
                .isEqualTo(figures.pyramid(scope, Period.custom(LocalDate.of(2025, 8, 2), LocalDate.of(2026, 7, 30))))
                .isEqualTo(figures.pyramidPerPupil(scope, Period.schoolYear(YEAR)));
    }

    @Test
    void each_school_of_a_region_has_its_own_first_month() {
        long region = regions.region("SWV Rollup").id();
        School early = data.school("YR02", Sector.VO);
        School late = data.school("YR03", Sector.PO);
        jdbc.update("update school set holiday_region = 'ZUID' where id = ?", early.id());
        regions.assignSchool(early.id(), region);
        regions.assignSchool(late.id(), region);
        Pupil a = data.pupil(early, "yr02-a", "1A", "m.yr02");
        Pupil b = data.pupil(late, "yr03-b", "groep 5a", "m.yr03");
        // both are present for their school's first four weeks and then stay away (all lessons spijbelen)
        imports.lessons(a, DayLessons.weeks(LocalDate.of(2025, 8, 18), 4, false));
        imports.lessons(a, DayLessons.weeks(LocalDate.of(2025, 9, 15), 4, true));
        imports.lessons(b, DayLessons.weeks(LocalDate.of(2025, 9, 1), 4, false));
        imports.lessons(b, DayLessons.weeks(LocalDate.of(2025, 9, 29), 4, true));

        Scope scope = new Scope.OfRegion(region);
        assertThat(figures.firstMonthOfSchoolYear(YEAR, scope).from()).isEqualTo(LocalDate.of(2025, 8, 18));
        assertThat(figures.firstMonthOfSchoolYear(YEAR, new Scope.OfSchool(late.id())).from())
                .isEqualTo(LocalDate.of(2025, 9, 1));
        // each pupil's own school's first month: both fully present (from the region's earliest day b would be red)
        assertThat(figures.firstMonthPyramid(scope, YEAR).count(nl.aanwezig.attendance.domain.Band.GREEN)).isEqualTo(2);
        FiguresService.Breakdown bySchool = figures.firstMonthBreakdown(scope, YEAR, FiguresService.GroupBy.SCHOOL);
        assertThat(bySchool.groups()).containsOnlyKeys(early.id(), late.id());
        assertThat(bySchool.total()).isEqualTo(figures.firstMonthPyramid(scope, YEAR));
        assertThat(figures.breakdown(scope, Period.schoolYear(YEAR), FiguresService.GroupBy.SCHOOL).total())
                .isEqualTo(figures.pyramid(scope, Period.schoolYear(YEAR)));
        assertRollupEqualsDays(early);
        assertRollupEqualsDays(late);
    }

    private LocalDate firstDay(School school) {
        return jdbc.queryForObject("select first_day from school_year_start where school_id = ? and start_year = ?",
                LocalDate.class, school.id(), YEAR);
    }

    /** Year and first-month minutes per pupil, summed from the day table: the reference. */
    private void assertRollupEqualsDays(School school) {
        Period year = Period.schoolYear(YEAR);
        assertThat(yearOfRollup(school)).isEqualTo(sums(school, year.from(), year.to()));
        LocalDate first = firstDay(school);
        assertThat(firstDay(school)).isEqualTo(jdbc.queryForObject(
                "select min(lesson_date) from attendance_day where school_id = ? and lesson_date >= ?", LocalDate.class,
                school.id(), Date.valueOf(starts.firstSchoolDay(school.id(), YEAR))));
        assertThat(firstMonthOfRollup(school)).isEqualTo(sums(school, first, first.plusDays(27)));
    }

    private Map<Long, List<Long>> sums(School school, LocalDate from, LocalDate to) {
        return perPupil("""
                select pupil_id, sum(scheduled_min), sum(present_min) from attendance_day
                where school_id = ? and lesson_date between ? and ? group by pupil_id""",
                school.id(), Date.valueOf(from), Date.valueOf(to));
    }

    private Map<Long, List<Long>> yearOfRollup(School school) {
        return perPupil("select pupil_id, scheduled_min, present_min from attendance_year "
                + "where school_id = ? and start_year = ?", school.id(), YEAR);
    }

    private Map<Long, List<Long>> firstMonthOfRollup(School school) {
        return perPupil("select pupil_id, first_month_scheduled_min, first_month_present_min from attendance_year "
                + "where school_id = ? and start_year = ? and first_month_scheduled_min is not null", school.id(), YEAR);
    }

    private Map<Long, List<Long>> perPupil(String sql, Object... args) {
        Map<Long, List<Long>> out = new HashMap<>();
        jdbc.query(sql, rs -> {
            out.put(rs.getLong(1), List.of(rs.getLong(2), rs.getLong(3)));
        }, args);
        return out;
    }
}
