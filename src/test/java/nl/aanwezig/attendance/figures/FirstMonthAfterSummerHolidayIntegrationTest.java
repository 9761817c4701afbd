package nl.aanwezig.attendance.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.aanwezig.school.Pupil;
import nl.aanwezig.school.School;
import nl.aanwezig.school.Sector;
import nl.aanwezig.support.IntegrationTest;
import nl.aanwezig.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Found in a probe: registrations on every weekday from 1 August (demo data, an export of a whole year) made
 * 1-28 August, the summer holiday, the "first month". It starts after the summer holiday now.
 */
@IntegrationTest
class FirstMonthAfterSummerHolidayIntegrationTest {

    private static final int YEAR = 2025;
    private static final LocalDate AUGUST_FIRST = LocalDate.of(2025, 8, 1);

    @Autowired TestData data;
    @Autowired Imports imports;
    @Autowired FiguresService figures;
    @Autowired JdbcTemplate jdbc;

    @Test
    void without_calendar_or_region_the_first_month_starts_after_the_latest_summer_holiday() {
        School school = schoolRegisteredFromAugustFirst("FM01");
        assertThat(firstMonth(school)).isEqualTo(new Period(LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 28)));
    }

    @Test
    void with_a_holiday_region_the_first_month_starts_after_that_regions_summer_holiday() {
        School school = data.school("FM02", Sector.VO);
        jdbc.update("update school set holiday_region = 'ZUID' where id = ?", school.id());
        registerFromAugustFirst(school, "fm02");
        assertThat(firstMonth(school).from()).isEqualTo(LocalDate.of(2025, 8, 18));
    }

    @Test
    void with_a_school_calendar_the_first_month_starts_on_the_first_school_day_of_the_calendar() {
        School school = data.school("FM03", Sector.PO);
        jdbc.update("update school set holiday_region = 'ZUID' where id = ?", school.id());
        holiday(school, "zomervakantie", "2025-07-19", "2025-08-31");
        holiday(school, "studiedag", "2025-09-01", "2025-09-01");
        registerFromAugustFirst(school, "fm03");
        assertThat(firstMonth(school)).isEqualTo(new Period(LocalDate.of(2025, 9, 2), LocalDate.of(2025, 9, 29)));
    }

    @Test
    void before_any_registration_the_first_month_is_that_of_the_latest_region() {
        School school = data.school("FM04", Sector.VO);
        assertThat(firstMonth(school).from()).isEqualTo(LocalDate.of(2025, 9, 1));
    }

    private School schoolRegisteredFromAugustFirst(String brin) {
        School school = data.school(brin, Sector.VO);
        registerFromAugustFirst(school, brin.toLowerCase());
        return school;
    }

    /** Every weekday from 1 August to mid October registered, as the demo data and a full-year export do. */
    private void registerFromAugustFirst(School school, String prefix) {
        Pupil pupil = data.pupil(school, prefix + "-1", "1A", "m." + prefix);
        imports.lessons(pupil, DayLessons.weeks(AUGUST_FIRST, 11, false));
    }

    private void holiday(School school, String name, String first, String last) {
        jdbc.update("insert into school_calendar_period (school_id, kind, name, first_day, last_day) values (?, 'HOLIDAY', ?, ?::date, ?::date)",
                school.id(), name, first, last);
    }

    private Period firstMonth(School school) {
        return figures.firstMonthOfSchoolYear(YEAR, new Scope.OfSchool(school.id()));
    }
}
