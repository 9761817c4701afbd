package nl.aanwezig.legal.duo.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.GridTester;
import nl.aanwezig.school.Pupil;
import nl.aanwezig.school.School;
import nl.aanwezig.school.Schools;
import nl.aanwezig.support.IntegrationTest;
import nl.aanwezig.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.util.AopTestUtils;

/** Issue #21: leerplicht's Verzuimmeldingen name the school ("Testschool VO"), not its BRIN ("T1VO"). */
@IntegrationTest
class VerzuimmeldingenSchoolNameTest extends SpringBrowserlessTest {

    @Autowired TestData data;
    @Autowired Schools schools;
    @Autowired JdbcTemplate jdbc;

    @Test
    @WithMockUser(username = "t-leerplicht", roles = "LEERPLICHT")
    void a_report_shows_the_schools_name_where_the_brin_stood() {
        School t1 = schools.findByBrin("T1VO").orElseThrow();
        Pupil pupil = data.pupil(t1, "hw-duo-name", "1A", "t-mentor");
        Long caseId = jdbc.query("select id from pupil_case where pupil_id = ? and status = 'OPEN'",
                (rs, i) -> rs.getLong(1), pupil.id()).stream().findFirst().orElseGet(() -> jdbc.queryForObject(
                "insert into pupil_case (pupil_id, school_id, status, stage, opened_at)"
                        + " values (?, ?, 'OPEN', 'SAT_ANALYSIS', now()) returning id", Long.class, pupil.id(), t1.id()));
        jdbc.update("insert into duo_report (case_id, pupil_id, school_id, signal_key, type, start_date, deadline,"
                + " status, reported_on, created_at) values (?, ?, ?, 'hw-duo-name', 'DUO_16H', '2026-11-02',"
                + " '2026-11-09', 'GEMELD', '2026-11-05', now()) on conflict (signal_key) do nothing",
                caseId, pupil.id(), t1.id());

        VerzuimmeldingenView view = AopTestUtils.getTargetObject(navigate(VerzuimmeldingenView.class));
        GridTester<?, ?> grid = test(view.grid);
        boolean found = false;
        for (int row = 0; row < grid.size(); row++) {
            if (grid.getCellText(row, 1).contains("hw-duo-name")) {
                assertThat(grid.getCellText(row, 0)).isEqualTo("Testschool VO");
                found = true;
            }
        }
        assertThat(found).as("the report is listed").isTrue();
    }
}
