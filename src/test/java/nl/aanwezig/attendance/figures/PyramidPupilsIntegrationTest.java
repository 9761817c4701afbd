package nl.aanwezig.attendance.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import nl.aanwezig.attendance.domain.Band;
import nl.aanwezig.attendance.figures.PyramidService.PeriodChoice;
import nl.aanwezig.attendance.figures.PyramidService.Query;
import nl.aanwezig.attendance.figures.PyramidService.Target;
import nl.aanwezig.school.Pupil;
import nl.aanwezig.school.School;
import nl.aanwezig.school.Sector;
import nl.aanwezig.security.Role;
import nl.aanwezig.support.AsUser;
import nl.aanwezig.support.IntegrationTest;
import nl.aanwezig.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** The pyramid zooms in to the pupils of a band or a class, naming only the pupils whose dossier the user may open. */
@IntegrationTest
class PyramidPupilsIntegrationTest {

    private static final LocalDate DAY = LocalDate.of(2025, 9, 15);

    @Autowired TestData data;
    @Autowired Imports imports;
    @Autowired PyramidService pyramids;
    @Autowired PyramidPupils pyramidPupils;
    @Autowired JdbcTemplate jdbc;

    private School school;
    private Pupil orange;
    private Pupil red;

    @BeforeEach
    void fourPupils() {
        school = data.school("FX15", Sector.VO);
        data.account("oc.fx15", Role.OC, school);
        data.account("oc.fx15b", Role.OC, data.school("FX16", Sector.VO));
        imports.lessons(data.pupil(school, "fx15-green", "1A", "m.fx15"), DayLessons.withAbsent(DAY, 0));
        imports.lessons(data.pupil(school, "fx15-yellow", "1A", "m.fx15"), DayLessons.withAbsent(DAY, 2));
        orange = data.pupil(school, "fx15-orange", "2B", "m.fx15");
        imports.lessons(orange, DayLessons.withAbsent(DAY, 10));
        red = data.pupil(school, "fx15-red", "2B", "m.fx15");
        imports.lessons(red, DayLessons.withAbsent(DAY, 15));
    }

    private Query wholeSchool(Target t, Long classId) {
        return new Query(t, 2025, PeriodChoice.SCHOOL_YEAR, classId, null);
    }

    private Target target() {
        return AsUser.call("oc.fx15", "OC", () -> pyramids.targets()).getFirst();
    }

    @Test
    void the_oc_lists_the_pupils_of_a_band_by_name_with_the_figure_the_pyramid_counted() {
        var listing = AsUser.call("oc.fx15", "OC", () -> pyramidPupils.pupils(wholeSchool(target(), null), Band.ORANGE));
        assertThat(listing.hidden()).isZero();
        assertThat(listing.pupils()).singleElement().satisfies(l -> {
            assertThat(l.pupilId()).isEqualTo(orange.id());
            assertThat(l.name()).isEqualTo(orange.fullName());
            assertThat(l.className()).isEqualTo("2B");
            assertThat(l.attendancePct()).isEqualByComparingTo("50.0");
            assertThat(l.band()).isEqualTo(Band.ORANGE);
        });
        Integer audited = jdbc.queryForObject("select count(*) from audit_log where pupil_id = ? and action = ?",
                Integer.class, orange.id(), PyramidPupils.AUDIT_ACTION);
        assertThat(audited).isPositive();
    }

    @Test
    void a_class_cell_lists_only_that_class_lowest_attendance_first() {
        Target t = target();
        Long class2b = AsUser.call("oc.fx15", "OC", () -> pyramids.classes(t)).stream()
                .filter(c -> c.name().equals("2B")).findFirst().orElseThrow().id();
        var listing = AsUser.call("oc.fx15", "OC", () -> pyramidPupils.pupils(wholeSchool(t, class2b), null));
        assertThat(listing.pupils()).extracting(PyramidPupils.Line::pupilId).containsExactly(red.id(), orange.id());
    }

    @Test
    void leerplicht_sees_how_many_pupils_but_no_names_of_cases_it_did_not_join() {
        Target t = target();
        var listing = AsUser.call("t-leerplicht", "LEERPLICHT", () -> pyramidPupils.pupils(wholeSchool(t, null), Band.RED));
        assertThat(listing.pupils()).isEmpty();
        assertThat(listing.hidden()).isEqualTo(1);
    }

    @Test
    void the_oc_of_another_school_is_refused() {
        Target t = target();
        assertThatThrownBy(() -> AsUser.run("oc.fx15b", "OC", () -> pyramidPupils.pupils(wholeSchool(t, null), Band.RED)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.run("t-mentor", "MENTOR", () -> pyramidPupils.pupils(wholeSchool(t, null), null)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
