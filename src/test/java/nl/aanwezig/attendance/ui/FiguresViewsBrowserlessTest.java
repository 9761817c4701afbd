package nl.aanwezig.attendance.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.time.LocalDate;
import java.time.LocalDateTime;
import nl.aanwezig.attendance.figures.DayLessons;
import nl.aanwezig.attendance.figures.Imports;
import nl.aanwezig.school.School;
import nl.aanwezig.school.Sector;
import nl.aanwezig.security.Role;
import nl.aanwezig.support.IntegrationTest;
import nl.aanwezig.support.TestClock;
import nl.aanwezig.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.util.AopTestUtils;

/** The pyramid as the OC sees it, the class overview as the mentor sees it, and the pyramid refused to a mentor. */
@IntegrationTest
class FiguresViewsBrowserlessTest extends SpringBrowserlessTest {

    private static final LocalDate MONDAY = LocalDate.of(2025, 9, 15);

    @Autowired TestData data;
    @Autowired Imports imports;
    @Autowired TestClock clock;

    @BeforeEach
    void fourPupilsOfOneMentor() {
        clock.set(LocalDateTime.of(2025, 10, 20, 12, 0));
        School school = data.school("FV01", Sector.VO);
        data.account("oc.fv01", Role.OC, school);
        data.account("m.fv01", Role.MENTOR, school);
        int[] absent = {0, 2, 10, 11}; // 100% green, 90% yellow, 50% orange, 45% red
        for (int i = 0; i < absent.length; i++) {
            var p = data.pupil(school, "fv01-" + i, "3C", "m.fv01");
            imports.lessons(p, DayLessons.withAbsent(MONDAY, absent[i]));
        }
    }

    /** Views with @RolesAllowed are method-security proxies; their component fields live on the target. */
    private static <T> T unproxied(T view) {
        return AopTestUtils.getUltimateTargetObject(view);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    @WithMockUser(username = "oc.fv01", roles = "OC")
    void the_oc_sees_the_school_pyramid_with_counts_and_shares() {
        PyramidView view = unproxied(navigate(PyramidView.class));
        var bands = test(view.tables.bands);
        assertThat(bands.size()).isEqualTo(4);
        for (int row = 0; row < 4; row++) {
            assertThat(bands.getCellText(row, 1)).isEqualTo("1");
            assertThat(bands.getCellText(row, 2)).isEqualTo("25,0%");
        }
        assertThat(bands.getCellText(0, 3)).isEqualTo("minstens 80%");
        assertThat(view.verdict.getText()).startsWith("Niet gezond");
        assertThat(view.chart.getOption()).contains("Gezonde school").contains("Eerste maand");
        var rows = test(view.tables.rows);
        assertThat(rows.size()).isEqualTo(1);
        assertThat(rows.getCellText(0, 0)).isEqualTo("3C");
        assertThat(rows.getCellText(0, 1)).isEqualTo("4");
    }

    @Test
    @WithMockUser(username = "oc.fv01", roles = "OC")
    void clicking_a_band_or_a_class_lists_its_pupils_and_a_pupil_opens_the_dossier() {
        PyramidView view = unproxied(navigate(PyramidView.class));
        assertThat(view.pupils.isVisible()).isFalse();

        test(view.tables.bands).clickRow(2); // orange
        assertThat(view.pupils.isVisible()).isTrue();
        assertThat(view.pupils.title.getText()).startsWith("Leerlingen: Oranje");
        var pupils = test(view.pupils.grid);
        assertThat(pupils.size()).isEqualTo(1);
        assertThat(pupils.getCellText(0, 0)).isEqualTo("Kimfv01-2 Test");
        assertThat(pupils.getCellText(0, 3)).isEqualTo("50,0%");

        test(view.tables.rows).clickRow(0); // class 3C, every band
        assertThat(test(view.pupils.grid).size()).isEqualTo(4);
        assertThat(view.pupils.title.getText()).endsWith("3C");
        // lowest attendance first: the red pupil
        assertThat(test(view.pupils.grid).getCellText(0, 0)).isEqualTo("Kimfv01-3 Test");

        test(view.pupils.grid).clickRow(0);
        assertThat(com.vaadin.flow.component.UI.getCurrent().getActiveViewLocation().getPath())
                .startsWith("leerling/");
    }

    @Test
    @WithMockUser(username = "m.fv01", roles = "MENTOR")
    void the_mentor_sees_own_pupils_with_their_figures() {
        ClassOverviewView view = unproxied(navigate(ClassOverviewView.class));
        var grid = test(view.grid);
        assertThat(grid.size()).isEqualTo(4);
        // pupils sort by last name, all "Test"; find the 90% pupil by name
        int row = -1;
        for (int i = 0; i < 4; i++) {
            if (grid.getCellText(i, 0).equals("Kimfv01-1 Test")) {
                row = i;
            }
        }
        assertThat(row).isNotNegative();
        assertThat(grid.getCellText(row, 1)).isEqualTo("3C");
        assertThat(grid.getCellText(row, 2)).isEqualTo("90,0%");
        assertThat(grid.getCellText(row, 3)).isEqualTo("–"); // nothing in the last four weeks
        assertThat(grid.getCellText(row, 5)).isEqualTo("1"); // 2 x 30 minutes spijbelen: whole hours without ",0"
    }

    @Test
    @WithMockUser(username = "m.fv01", roles = "MENTOR")
    void a_mentor_cannot_open_the_pyramid() {
        assertThatThrownBy(() -> navigate(PyramidView.class)).isNotNull();
        assertThat(getCurrentView()).isNotInstanceOf(PyramidView.class);
    }
}
