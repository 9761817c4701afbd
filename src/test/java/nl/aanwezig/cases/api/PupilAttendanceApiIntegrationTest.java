package nl.aanwezig.cases.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import nl.aanwezig.attendance.domain.AbsenceReason;
import nl.aanwezig.attendance.domain.Lesson;
import nl.aanwezig.attendance.figures.Imports;
import nl.aanwezig.school.Pupil;
import nl.aanwezig.school.School;
import nl.aanwezig.school.Sector;
import nl.aanwezig.security.Role;
import nl.aanwezig.support.IntegrationTest;
import nl.aanwezig.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** GET /api/v1/schools/{brin}/pupils/{leerling}/attendance through the real security chain (HTTP Basic). */
@IntegrationTest
class PupilAttendanceApiIntegrationTest {

    private static final String URL = "/api/v1/schools/FA01/pupils/fa01-1/attendance";
    private static final LocalDate DAY = LocalDate.of(2025, 9, 1);

    @Autowired WebApplicationContext context;
    @Autowired TestData data;
    @Autowired Imports imports;
    @Autowired JdbcTemplate jdbc;

    private MockMvc mvc;
    private Pupil pupil;

    @BeforeEach
    void pupilWithLatenessAndTruancy() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        School school = data.school("FA01", Sector.VO);
        School other = data.school("FA02", Sector.VO);
        data.account("m.fa01a", Role.MENTOR, school);
        data.account("m.fa01b", Role.MENTOR, school);
        data.account("oc.fa01", Role.OC, school);
        data.account("oc.fa02", Role.OC, other);
        pupil = data.pupil(school, "fa01-1", "2B", "m.fa01a");
        // 6 x 50 = 300 scheduled; 4 present (200) + late 10 of 50 (40) = 240 present: 80.0%, yellow (on the edge)
        LocalTime t = LocalTime.of(8, 30);
        imports.lessons(pupil, List.of(Lesson.present(DAY, t, t.plusMinutes(50)),
                Lesson.present(DAY, t.plusMinutes(50), t.plusMinutes(100)),
                Lesson.late(DAY, t.plusMinutes(100), t.plusMinutes(150), 10),
                Lesson.absent(DAY, t.plusMinutes(150), t.plusMinutes(200), AbsenceReason.SPIJBELEN),
                Lesson.present(DAY, t.plusMinutes(200), t.plusMinutes(250)),
                Lesson.present(DAY, t.plusMinutes(250), t.plusMinutes(300))));
    }

    private ResultActions call(String user, String query) throws Exception {
        return mvc.perform(get(URL + query).with(httpBasic(user, TestData.PASSWORD)));
    }

    @Test
    void the_mentor_gets_the_exact_figures_and_the_read_is_audited() throws Exception {
        Integer before = audits(true);
        call("m.fa01a", "?from=2025-08-01&to=2025-09-30").andExpect(status().isOk())
                .andExpect(jsonPath("$.scheduledMinutes").value(300))
                .andExpect(jsonPath("$.presentMinutes").value(240))
                .andExpect(jsonPath("$.attendancePct").value(80.0))
                .andExpect(jsonPath("$.band").value("YELLOW"));
        assertThat(audits(true)).isEqualTo(before + 1);
    }

    @Test
    void the_oc_of_the_school_may_read_too_and_an_empty_period_has_no_percentage() throws Exception {
        call("oc.fa01", "?from=2025-10-01&to=2025-10-31").andExpect(status().isOk())
                .andExpect(jsonPath("$.scheduledMinutes").value(0))
                .andExpect(jsonPath("$.attendancePct").doesNotExist());
    }

    @Test
    void bad_or_missing_dates_are_400_with_a_dutch_message() throws Exception {
        call("m.fa01a", "?from=2025-13-01&to=2025-09-30").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("Ongeldige datum '2025-13-01'")));
        call("m.fa01a", "?from=2025-09-30&to=2025-09-01").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("ligt voor de begindatum")));
        call("m.fa01a", "?from=2025-09-01").andExpect(status().isBadRequest());
    }

    @Test
    void without_login_401_and_unknown_pupil_404() throws Exception {
        mvc.perform(get(URL + "?from=2025-08-01&to=2025-09-30")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/schools/FA01/pupils/nobody/attendance?from=2025-08-01&to=2025-09-30")
                .with(httpBasic("oc.fa01", TestData.PASSWORD))).andExpect(status().isNotFound());
    }

    @Test
    void a_pupil_the_caller_may_not_see_gets_the_same_404_as_an_unknown_pupil_and_the_attempt_is_audited()
            throws Exception {
        String unknown = mvc.perform(get("/api/v1/schools/FA01/pupils/nobody/attendance?from=2025-08-01&to=2025-09-30")
                        .with(httpBasic("oc.fa02", TestData.PASSWORD)))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
        Integer before = audits(false);

        String otherSchool = call("oc.fa02", "?from=2025-08-01&to=2025-09-30").andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("Leerling fa01-1 van school FA01 is onbekend."))
                .andReturn().getResponse().getContentAsString();
        call("m.fa01b", "?from=2025-08-01&to=2025-09-30").andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("Leerling fa01-1 van school FA01 is onbekend."));

        // byte for byte the answer to an unknown pupil, but for the pupil number in it
        assertThat(otherSchool).isEqualTo(unknown.replace("nobody", "fa01-1"));
        assertThat(audits(false)).isEqualTo(before + 2);
    }

    private Integer audits(boolean allowed) {
        return jdbc.queryForObject("select count(*) from audit_log where pupil_id = ? and action = 'ATTENDANCE_READ' and allowed = ?",
                Integer.class, pupil.id(), allowed);
    }
}
