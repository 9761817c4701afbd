package nl.aanwezig.review.api;

import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import nl.aanwezig.cases.CaseStage;
import nl.aanwezig.review.MeetingFixtures;
import nl.aanwezig.school.Pupil;
import nl.aanwezig.school.Schools;
import nl.aanwezig.support.IntegrationTest;
import nl.aanwezig.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** GET /api/v1/schools/{brin}/meetings/agenda through the real security filter chain. */
@IntegrationTest
class MeetingAgendaApiIntegrationTest {

    static final String PATH = "/api/v1/schools/T10VO/meetings/agenda";

    @Autowired WebApplicationContext context;
    @Autowired MeetingFixtures fixtures;
    @Autowired TestData data;
    @Autowired Schools schools;
    MockMvc mvc;
    LocalDate overdueOn = LocalDate.now().minusDays(4);
    String date = LocalDate.now().plusDays(1).toString();

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        Pupil pupil = data.pupil(schools.findByBrin("T10VO").orElseThrow(), "co-api", "4A", "t-mentor-co");
        if (!Boolean.TRUE.equals(context.getBean(org.springframework.jdbc.core.JdbcTemplate.class).queryForObject(
                "select exists (select 1 from pupil_case where pupil_id = ? and status = 'OPEN')", Boolean.class, pupil.id()))) {
            long c = fixtures.openCase(pupil, CaseStage.ORANGE_PLAN, null);
            fixtures.plan(c, pupil.schoolId(), java.time.Instant.parse("2024-10-01T08:00:00Z"), overdueOn);
        }
    }

    @Test
    void the_oc_of_the_school_gets_the_suggested_agenda_with_reasons() throws Exception {
        mvc.perform(get(PATH).param("date", date).with(httpBasic("t-oc-co", "test")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.leerling == 'co-api')].stage").value("ORANGE_PLAN"))
                .andExpect(jsonPath("$[?(@.leerling == 'co-api')].nextEvaluation").value(overdueOn.toString()))
                .andExpect(jsonPath("$[?(@.leerling == 'co-api')].reasons[0].code").value("EVALUATION_OVERDUE"))
                .andExpect(jsonPath("$[?(@.leerling == 'co-api')].reasons[0].text").value(startsWithOne("Evaluatie te laat")));
    }

    @Test
    void refusals_are_clear() throws Exception {
        mvc.perform(get(PATH).param("date", date)).andExpect(status().isUnauthorized());
        mvc.perform(get(PATH).param("date", date).with(httpBasic("t-mentor-co", "test"))).andExpect(status().isForbidden());
        mvc.perform(get(PATH).param("date", date).with(httpBasic("t-oc2", "test")))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.detail").value(startsWith("Geen toegang")));
        mvc.perform(get(PATH).param("date", date).with(httpBasic("t-leerplicht", "test"))).andExpect(status().isForbidden());
        mvc.perform(get(PATH).param("date", date).with(httpBasic("t-admin", "test"))).andExpect(status().isForbidden());
    }

    @Test
    void bad_requests_say_what_is_wrong_in_dutch() throws Exception {
        mvc.perform(get(PATH).with(httpBasic("t-oc-co", "test"))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(startsWith("Geef de datum van het overleg mee")));
        mvc.perform(get(PATH).param("date", "2026-13-01").with(httpBasic("t-oc-co", "test")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(startsWith("Ongeldige datum")));
        mvc.perform(get("/api/v1/schools/XXXX/meetings/agenda").param("date", date).with(httpBasic("t-oc-co", "test")))
                .andExpect(status().isNotFound());
    }

    @Test
    void the_openapi_document_describes_the_agenda() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/schools/{brin}/meetings/agenda'].get.summary")
                        .value("Voorgestelde agenda van een casusoverleg"));
    }

    /** A filter expression answers a list: its one element starts with the text. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static org.hamcrest.Matcher<Object> startsWithOne(String prefix) {
        return (org.hamcrest.Matcher) org.hamcrest.Matchers.contains(startsWith(prefix));
    }
}
