package nl.aanwezig.cases.family.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.aanwezig.base.Messages;
import nl.aanwezig.cases.family.FamilyKind;
import nl.aanwezig.cases.family.FamilyTestSupport;
import nl.aanwezig.support.IntegrationTest;
import nl.aanwezig.support.TestClock;
import nl.aanwezig.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Issue #20 item 10: the family API answers with the same rules as the pages. A child not linked to the caller answers
 * 404 as an unknown one (and the refusal is audited), staff 403, bad input 422 with the Dutch message.
 */
@IntegrationTest
class FamilyApiIntegrationTest {

    @Autowired TestClock testClock;

    private static final String CHILDREN = "/api/v1/family/children";

    @Autowired WebApplicationContext context;
    @Autowired FamilyTestSupport family;
    @Autowired JdbcTemplate jdbc;
    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    /** The steps to an orange plan set the app's clock to the engine's; the shared context runs on real time after. */
    @AfterEach
    void realTimeAgain() {
        testClock.reset();
    }

    @Test
    void a_parent_lists_their_child_and_reads_plan_weeks_requests_and_agreement_as_plain_json() throws Exception {
        var route = family.orangePlan("fa-api-read");
        long id = route.pupil().id();
        String parent = family.join(route.caseId(), FamilyKind.PARENT, "Anna Api", true, "fa-api-ouder");

        mvc.perform(as(get(CHILDREN), parent)).andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1))).andExpect(jsonPath("$[0].leerling").value(id))
                .andExpect(jsonPath("$[0].relation").value("PARENT"));
        mvc.perform(as(get(CHILDREN + "/" + id), parent)).andExpect(status().isOk())
                .andExpect(jsonPath("$.leerling").value(id))
                .andExpect(jsonPath("$.plan.goals", hasSize(2)))
                .andExpect(jsonPath("$.plan.actions[0].description").value("Wekelijks gesprek met de mentor"))
                .andExpect(jsonPath("$.regievoerder.name").value("Olaf OC"))
                .andExpect(jsonPath("$.nextEvaluation").isNotEmpty())
                .andExpect(jsonPath("$.weeks").isArray())
                .andExpect(jsonPath("$.openRequests").isArray())
                .andExpect(jsonPath("$.agreement.planActive").value(true))
                .andExpect(jsonPath("$.mayAgree").value(true));
        mvc.perform(as(post(CHILDREN + "/" + id + "/views"), parent).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"goesWell\": \"Hij staat weer op tijd op.\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.id").isNumber());
        mvc.perform(as(post(CHILDREN + "/" + id + "/agreement"), parent).contentType(MediaType.APPLICATION_JSON)
                .content("{\"agreed\": true}")).andExpect(status().isNoContent());
        mvc.perform(as(get(CHILDREN + "/" + id + "/access-log"), parent)).andExpect(status().isOk())
                .andExpect(jsonPath("$").isArray());
    }

    @Test
    void another_child_answers_404_like_an_unknown_one_and_the_refusal_is_audited() throws Exception {
        var mine = family.orangePlan("fa-api-own");
        var other = family.orangePlan("fa-api-other");
        String parent = family.join(mine.caseId(), FamilyKind.PARENT, "Bram Buur", true, "fa-api-buur");
        long otherId = other.pupil().id();

        for (String path : new String[] {"", "/access-log"}) {
            mvc.perform(as(get(CHILDREN + "/" + otherId + path), parent)).andExpect(status().isNotFound())
                    .andExpect(jsonPath("$.detail").value(Messages.nl("api.family.notFound", String.valueOf(otherId))));
        }
        mvc.perform(as(get(CHILDREN + "/999999999"), parent)).andExpect(status().isNotFound());
        mvc.perform(as(put(CHILDREN + "/" + otherId + "/consents/JEUGDARTS"), parent)
                .contentType(MediaType.APPLICATION_JSON).content("{\"consent\": false}")).andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("""
                select allowed from audit_log where username = ? and pupil_id = ? order by id desc limit 1""",
                Boolean.class, parent, otherId)).isFalse();
    }

    @Test
    void staff_get_403_on_the_family_api() throws Exception {
        var route = family.orangePlan("fa-api-staff");
        for (String login : new String[] {"t-oc", "t-mentor", "t-admin"}) {
            mvc.perform(get(CHILDREN).with(httpBasic(login, TestData.PASSWORD))).andExpect(status().isForbidden());
            mvc.perform(get(CHILDREN + "/" + route.pupil().id()).with(httpBasic(login, TestData.PASSWORD)))
                    .andExpect(status().isForbidden());
        }
    }

    @Test
    void bad_input_answers_422_with_the_dutch_message_and_an_unknown_partner_role_404() throws Exception {
        var route = family.orangePlan("fa-api-bad");
        long id = route.pupil().id();
        String parent = family.join(route.caseId(), FamilyKind.PARENT, "Cor Fout", true, "fa-api-fout");
        String base = CHILDREN + "/" + id;

        unprocessable(post(base + "/views"), parent, "{\"goesWell\": \" \"}", "family.error.viewEmpty");
        unprocessable(post(base + "/agreement"), parent, "{\"agreed\": false}", "family.error.reasonRequired");
        unprocessable(post(base + "/agreement"), parent, "{}", "api.family.agreedMissing");
        unprocessable(put(base + "/consents/LEERPLICHT"), parent, "{\"consent\": false}", "family.error.statutory");
        unprocessable(put(base + "/consents/JEUGDARTS"), parent, "{}", "api.family.consentMissing");
        unprocessable(put(base + "/consents/leerplicht"), parent, "{\"consent\": false}", "family.error.statutory");
        mvc.perform(as(put(base + "/consents/TOVENAAR"), parent).contentType(MediaType.APPLICATION_JSON)
                .content("{\"consent\": true}")).andExpect(status().isNotFound());
        mvc.perform(as(put(base + "/consents/PARENT"), parent).contentType(MediaType.APPLICATION_JSON)
                .content("{\"consent\": true}")).andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("select count(*) from family_view where case_id = ?", Integer.class,
                route.caseId())).isZero();
    }

    @Test
    void a_parent_without_authority_may_give_a_view_but_agreeing_answers_422() throws Exception {
        var route = family.orangePlan("fa-api-noauth");
        long id = route.pupil().id();
        String parent = family.join(route.caseId(), FamilyKind.PARENT, "Dirk Zonder", false, "fa-api-zonder");

        mvc.perform(as(post(CHILDREN + "/" + id + "/views"), parent).contentType(MediaType.APPLICATION_JSON)
                .content("{\"wishes\": \"Meer contact met de mentor.\"}")).andExpect(status().isCreated());
        unprocessable(post(CHILDREN + "/" + id + "/agreement"), parent, "{\"agreed\": true}",
                "family.error.noAuthority");
    }

    private void unprocessable(MockHttpServletRequestBuilder request, String login, String body, String key)
            throws Exception {
        mvc.perform(as(request, login).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message").value(Messages.nl(key)));
    }

    private static MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, String login) {
        return request.with(httpBasic(login, FamilyTestSupport.PASSWORD));
    }
}
