package nl.aanwezig.attendance.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.vaadin.browserless.SpringBrowserlessTest;
import nl.aanwezig.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;
import com.vaadin.flow.component.html.Anchor;
import nl.aanwezig.attendance.signals.DataQualityService.Finding;
import nl.aanwezig.school.Pupil;
import nl.aanwezig.school.Schools;
import nl.aanwezig.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class DataQualityViewTest extends SpringBrowserlessTest {

    @Autowired TestData data;
    @Autowired Schools schools;
    @Autowired JdbcTemplate jdbc;

    /** A lateness finding about a pupil of the OC's school T1VO, as the data-quality check writes it. */
    private Pupil lateFinding() {
        var school = schools.findByBrin("T1VO").orElseThrow();
        Pupil p = data.pupil(school, "dq-fix-1", "2B", "t-mentor");
        jdbc.update("""
                insert into data_quality_issue (school_id, kind, subject, issue_date, detail, found_at)
                values (?, 'LATENESS_AS_HALF_DAY_ABSENCE', ?, date '2026-09-10', 'lessen 1-2', now()) on conflict do nothing""",
                school.id(), p.leerling());
        return p;
    }

    private static Finding about(DataQualityView view, Pupil p) {
        return view.grid.getListDataView().getItems().filter(f -> p.leerling().equals(f.subject())).findFirst()
                .orElseThrow();
    }

    @Test
    @WithMockUser(username = "t-oc", roles = "OC")
    void a_finding_about_a_pupil_names_the_pupil_and_links_to_the_dossier() {
        Pupil p = lateFinding();
        DataQualityView view = navigate(DataQualityView.class);
        Finding f = about(view, p);
        assertThat(f.pupilName()).isEqualTo(p.fullName());
        assertThat(DataQualityView.subject(f)).isInstanceOfSatisfying(Anchor.class, a -> {
            assertThat(a.getHref()).isEqualTo("leerling/" + p.id());
            assertThat(a.getText()).isEqualTo(p.fullName() + " (dq-fix-1)");
        });
    }

    @Test
    @WithMockUser(username = "t-admin", roles = "ADMIN")
    void the_admin_who_may_not_open_dossiers_sees_the_pupil_number_only() {
        Pupil p = lateFinding();
        DataQualityView view = navigate(DataQualityView.class);
        Finding f = about(view, p);
        assertThat(f.pupilId()).isNull();
        assertThat(f.pupilName()).isNull();
        assertThat(DataQualityView.subject(f)).isNotInstanceOf(Anchor.class);
    }

    /** Issue #21: the school column named the school by its BRIN ("T1VO"). */
    @Test
    @WithMockUser(username = "t-admin", roles = "ADMIN")
    void the_school_column_shows_the_schools_name() {
        Pupil p = lateFinding();
        DataQualityView view = navigate(DataQualityView.class);
        var grid = test(view.grid);
        int row = view.grid.getListDataView().getItems().map(Finding::subject).toList().indexOf(p.leerling());
        assertThat(grid.getCellText(row, 4)).isEqualTo("Testschool VO");
    }

    @Test
    @WithMockUser(username = "t-oc", roles = "OC")
    void the_oc_opens_the_data_quality_list() {
        DataQualityView view = navigate(DataQualityView.class);
        assertThat(view.grid.getColumns()).hasSize(5);
    }

    @Test
    @WithMockUser(username = "t-mentor", roles = "MENTOR")
    void a_mentor_cannot_open_it() {
        Throwable refused = catchThrowable(() -> navigate(DataQualityView.class));
        assertThat(refused != null || !(getCurrentView() instanceof DataQualityView)).isTrue();
    }
}
