package nl.aanwezig.attendance.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.aanwezig.school.School;
import nl.aanwezig.school.Sector;
import nl.aanwezig.security.Role;
import nl.aanwezig.support.IntegrationTest;
import nl.aanwezig.support.TestData;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The absence-only route through the API with the example files of every preset (docs/examples): bell schedule, code
 * list from the preset, timetable, then the export in the preset's own columns; every absence lands on a scheduled
 * lesson, and the same export again changes nothing. And the API's refusals.
 */
@IntegrationTest
class AbsenceRouteApiIntegrationTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    TestData data;
    @Autowired
    JdbcTemplate jdbc;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        data.account("api-abs-admin", Role.ADMIN, null);
    }

    @Test
    void a_magister_export_of_a_vo_school_imports_onto_its_timetable() throws Exception {
        route("96VO", Sector.VO, "magister", "lesuren-vo.csv", "rooster-vo.csv", 17);
    }

    @Test
    void a_somtoday_export_of_a_vo_school_imports_onto_its_timetable() throws Exception {
        route("97VO", Sector.VO, "somtoday", "lesuren-vo.csv", "rooster-vo.csv", 16);
    }

    @Test
    void a_parnassys_export_of_a_po_school_imports_onto_its_timetable() throws Exception {
        route("96PO", Sector.PO, "parnassys", "lesuren-po.csv", "rooster-po.csv", 12);
    }

    @Test
    void an_esis_export_with_its_own_school_column_imports_onto_its_timetable() throws Exception {
        route("97PO", Sector.PO, "esis", "lesuren-po.csv", "rooster-po.csv", 12);
    }

    private void route(String brin, Sector sector, String preset, String hours, String timetable, int rows)
            throws Exception {
        School school = data.school(brin, sector);
        String[] classes = sector == Sector.VO ? new String[] {"1A", "2B", "2B"} : new String[] {"5A", "7B", "7B"};
        for (int i = 0; i < 3; i++) {
            data.pupil(school, "90000" + (i + 1), classes[i], null);
        }
        send(put("/api/v1/schools/" + brin + "/lesson-hours"), example(hours, brin)).andExpect(status().isOk());
        mvc.perform(post("/api/v1/schools/" + brin + "/absence-codes/preset/" + preset)
                .with(httpBasic("api-abs-admin", TestData.PASSWORD))).andExpect(status().isOk());
        send(post("/api/v1/imports/timetable"), example(timetable, brin)).andExpect(status().isOk())
                .andExpect(jsonPath("$.rejected").value(0));
        String export = example(preset + "-absenties.csv", brin);
        String query = "?preset=" + preset + "&school=" + brin + "&from=2026-09-01&to=2026-09-30";
        send(post("/api/v1/imports/absences" + query), export).andExpect(status().isOk())
                .andExpect(jsonPath("$.accepted").value(rows)).andExpect(jsonPath("$.errors").isEmpty())
                .andExpect(jsonPath("$.lessonsChanged").value(Matchers.greaterThan(0)));
        send(post("/api/v1/imports/absences" + query), export).andExpect(status().isOk())
                .andExpect(jsonPath("$.accepted").value(0)).andExpect(jsonPath("$.unchanged").value(rows))
                .andExpect(jsonPath("$.lessonsChanged").value(0));
        // every absence or late arrival of the export is a lesson of the pupil's timetable
        assertThat(jdbc.queryForObject("""
                select count(*) from registration r join pupil p on p.id = r.pupil_id
                where p.school_id = ? and r.status <> 'aanwezig'""", Integer.class, school.id()))
                .isEqualTo(jdbc.queryForObject("""
                        select count(*) from absence_record a join pupil p on p.id = a.pupil_id
                        join absence_code c on c.school_id = p.school_id and c.code_key = a.code_key
                        where p.school_id = ? and c.status in ('afwezig', 'te_laat')""", Integer.class, school.id()))
                .isPositive();
    }

    @Test
    void an_export_with_unknown_codes_is_answered_422_with_the_codes_and_a_bad_code_list_422_with_its_line()
            throws Exception {
        School school = data.school("96VX", Sector.VO);
        data.pupil(school, "1", "1A", null);
        mvc.perform(post("/api/v1/schools/96VX/absence-codes/preset/magister")
                .with(httpBasic("api-abs-admin", TestData.PASSWORD))).andExpect(status().isOk());
        send(post("/api/v1/imports/absences?school=96VX"), "leerling;datum;lesuur;code\n1;2026-09-07;1;ZZ\n1;2026-09-08;1;Q\n")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.unknownCodes[0]").value("Q")).andExpect(jsonPath("$.unknownCodes[1]").value("ZZ"))
                .andExpect(jsonPath("$.errors[0].line").value(2));
        send(put("/api/v1/schools/96VX/absence-codes"), "code;status;reden;geoorloofd\nZ;ziek;;ja\n")
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.errors[0].line").value(2))
                .andExpect(jsonPath("$.errors[0].reason").value(Matchers.containsString("onbekende status 'ziek'")));
        send(post("/api/v1/imports/absences?from=2026-09-30&to=2026-09-01&school=96VX"), "x")
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/schools/96VX/absence-codes/preset/winschool")
                .with(httpBasic("api-abs-admin", TestData.PASSWORD))).andExpect(status().isNotFound());
    }

    @Test
    void an_oc_of_another_school_is_refused_403_and_a_mentor_too() throws Exception {
        School school = data.school("96VY", Sector.VO);
        School other = data.school("96VZ", Sector.VO);
        data.account("api-abs-oc-other", Role.OC, other);
        data.account("api-abs-mentor", Role.MENTOR, school);
        mvc.perform(get("/api/v1/schools/96VY/absence-codes").with(httpBasic("api-abs-oc-other", TestData.PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/schools/96VY/lesson-hours").contentType("text/csv").content("weekdag;lesuur;start;eind\n")
                .with(httpBasic("api-abs-mentor", TestData.PASSWORD))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/schools/96VY/absence-codes").with(httpBasic("api-abs-admin", TestData.PASSWORD)))
                .andExpect(status().isOk());
    }

    private ResultActions send(MockHttpServletRequestBuilder request, String body) throws Exception {
        return mvc.perform(request.contentType("text/csv").content(body.getBytes(StandardCharsets.UTF_8))
                .with(httpBasic("api-abs-admin", TestData.PASSWORD)));
    }

    /** An example file of docs/import.md, for this test's school. */
    private static String example(String name, String brin) throws IOException {
        return Files.readString(Path.of("docs/examples", name)).replace("99VO;", brin + ";").replace("99PO;", brin + ";");
    }
}
