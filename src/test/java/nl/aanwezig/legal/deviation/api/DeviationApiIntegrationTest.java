package nl.aanwezig.legal.deviation.api;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.List;
import nl.aanwezig.attendance.domain.Lesson;
import nl.aanwezig.attendance.figures.Imports;
import nl.aanwezig.school.Pupil;
import nl.aanwezig.school.Schools;
import nl.aanwezig.support.IntegrationTest;
import nl.aanwezig.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The deviation API through the real security filter chain: draft, checklist, decision, adjusted attendance, refusals. */
@IntegrationTest
class DeviationApiIntegrationTest {

    static final String PUPIL = "/api/v1/schools/T19VO/pupils/dev-api";
    static final String DEVIATIONS = PUPIL + "/deviations";
    static final LocalDate MONDAY = LocalDate.of(2025, 9, 1);
    static final String DRAFT = """
            {"hoursPerWeek": 3.5, "validFrom": "2025-09-01", "validTo": "2025-09-30",
             "windows": {"MONDAY": [["08:30","10:10"]], "WEDNESDAY": [["08:30","09:20"], ["10:10","11:00"]]}}""";
    static final String CHECKLIST = """
            {"programmeAtSchool": "Kernvakken 's ochtends", "supportAway": "Dagbehandeling",
             "growBackPlan": "Elke zes weken meer uren", "handelingsdeelSigned": "2025-08-25", "parentsConsent": true,
             "expertKind": "PSYCHOLOOG", "expertStatementOn": "2025-08-20"}""";
    static final String APPROVE = """
            {"approved": true, "decidedOn": "2025-09-01"}""";

    @Autowired WebApplicationContext context;
    @Autowired TestData data;
    @Autowired Schools schools;
    @Autowired Imports imports;
    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void the_oc_drafts_fills_the_checklist_and_records_the_approval_after_which_attendance_counts_the_approved_hours()
            throws Exception {
        Pupil pupil = data.pupil(schools.findByBrin("T19VO").orElseThrow(), "dev-api", "K-dev-api", "t-mentor-dev");
        // a week of 7 lessons of 50 minutes from 08:30, all present but the first lesson of each day (absent, onbekend)
        List<Lesson> week = new java.util.ArrayList<>();
        for (int d = 0; d < 5; d++) {
            for (int i = 0; i < 7; i++) {
                var start = java.time.LocalTime.of(8, 30).plusMinutes(50L * i);
                week.add(i == 0 ? Lesson.absent(MONDAY.plusDays(d), start, start.plusMinutes(50),
                        nl.aanwezig.attendance.domain.AbsenceReason.ONBEKEND) : Lesson.present(MONDAY.plusDays(d), start, start.plusMinutes(50)));
            }
        }
        imports.lessons(pupil, week);
        attendance().andExpect(jsonPath("$.scheduledMinutes").value(5 * 7 * 50)).andExpect(jsonPath("$.presentMinutes").value(5 * 6 * 50));

        long id = created(send(post(DEVIATIONS), DRAFT, "t-oc-dev").andExpect(status().isCreated()));
        send(post(DEVIATIONS + "/" + id + "/decision"), APPROVE, "t-oc-dev").andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("programma op school")));
        send(put(DEVIATIONS + "/" + id + "/checklist"), CHECKLIST, "t-oc-dev").andExpect(status().isOk())
                .andExpect(jsonPath("$.complete").value(true));
        send(post(DEVIATIONS + "/" + id + "/decision"), APPROVE, "t-oc-dev").andExpect(status().isNoContent());

        // Monday 08:30-10:10: lessons 1 (absent) and 2; Wednesday 08:30-09:20 and 10:10-11:00: lessons 1 (absent) and 3
        attendance().andExpect(jsonPath("$.scheduledMinutes").value(4 * 50)).andExpect(jsonPath("$.presentMinutes").value(2 * 50));
        send(get(DEVIATIONS + "/" + id), "", "t-oc-dev").andExpect(jsonPath("$.status").value("APPROVED"));
    }

    @Test
    void a_decision_without_an_opp_is_refused_with_409_naming_what_is_missing() throws Exception {
        data.pupil(schools.findByBrin("T19VO").orElseThrow(), "dev-api-opp", "K-dev-api-opp", "t-mentor-dev");
        String path = "/api/v1/schools/T19VO/pupils/dev-api-opp/deviations";
        long id = created(send(post(path), DRAFT, "t-oc-dev"));
        send(put(path + "/" + id + "/checklist"), CHECKLIST.replace("Kernvakken 's ochtends", " "), "t-oc-dev")
                .andExpect(status().isOk()).andExpect(jsonPath("$.complete").value(false))
                .andExpect(jsonPath("$.missing[0]", containsString("programma op school")));
        send(post(path + "/" + id + "/decision"), APPROVE, "t-oc-dev").andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors.length()").value(1));
    }

    @Test
    void refusals_another_schools_oc_gets_404_other_roles_403_bad_input_422() throws Exception {
        data.pupil(schools.findByBrin("T19VO").orElseThrow(), "dev-api-refuse", "K-dev-api-refuse", "t-mentor-dev");
        String path = "/api/v1/schools/T19VO/pupils/dev-api-refuse/deviations";
        long id = created(send(post(path), DRAFT, "t-oc-dev"));
        send(post(path), DRAFT, "t-oc-dev2").andExpect(status().isNotFound());
        send(put(path + "/" + id + "/checklist"), CHECKLIST, "t-oc-dev2").andExpect(status().isNotFound());
        send(post(path + "/" + id + "/decision"), APPROVE, "t-oc-dev2").andExpect(status().isNotFound());
        send(post("/api/v1/schools/T19VO/pupils/onbekend/deviations"), DRAFT, "t-oc-dev").andExpect(status().isNotFound());
        send(post(path), DRAFT, "t-mentor-dev").andExpect(status().isForbidden());
        send(post(path), DRAFT, "t-leerplicht").andExpect(status().isForbidden());
        mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content(DRAFT)).andExpect(status().isUnauthorized());
        send(post(path), DRAFT.replace("\"2025-09-30\"", "\"2026-09-30\""), "t-oc-dev")
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.detail", containsString("één schooljaar")));
        send(post(path), DRAFT.replace("3.5", "12"), "t-oc-dev").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail", containsString("de aanvraag noemt 12 uur")));
    }

    @Test
    void the_openapi_document_describes_the_deviation_endpoints() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/schools/{brin}/pupils/{leerling}/deviations'].post.summary")
                        .value(containsString("afwijking van de onderwijstijd")))
                .andExpect(jsonPath("$.paths['/api/v1/schools/{brin}/pupils/{leerling}/deviations/{id}/decision'].post.summary")
                        .value(containsString("409")));
    }

    private ResultActions attendance() throws Exception {
        return send(get(PUPIL + "/attendance").param("from", "2025-09-01").param("to", "2025-09-05"), "", "t-oc-dev")
                .andExpect(status().isOk());
    }

    private ResultActions send(MockHttpServletRequestBuilder request, String json, String user) throws Exception {
        return mvc.perform(request.contentType(MediaType.APPLICATION_JSON).content(json)
                .with(httpBasic(user, TestData.PASSWORD)));
    }

    private static long created(ResultActions result) throws Exception {
        return ((Number) JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id")).longValue();
    }
}
