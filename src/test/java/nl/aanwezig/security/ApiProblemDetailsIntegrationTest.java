package nl.aanwezig.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.aanwezig.support.IntegrationTest;
import nl.aanwezig.support.TestData;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** Every API refusal is an RFC 9457 problem detail with the right status. */
@IntegrationTest
class ApiProblemDetailsIntegrationTest {

    static final String SIGNALS = "/api/v1/schools/T1VO/signals";

    @Autowired WebApplicationContext context;
    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void a_wrong_password_answers_401_with_www_authenticate_and_a_problem_detail() throws Exception {
        mvc.perform(get(SIGNALS).with(httpBasic("t-oc2", "wrong")))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", Matchers.startsWith("Basic realm=\"Aanwezig\"")))
                .andExpect(problem(401));
    }

    @Test
    void no_credentials_answer_401_with_www_authenticate_and_a_problem_detail() throws Exception {
        mvc.perform(post("/api/v1/imports/pupils").contentType("text/csv").content("x"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().exists("WWW-Authenticate"))
                .andExpect(problem(401));
    }

    @Test
    void a_role_that_may_not_answers_403_problem_detail() throws Exception {
        mvc.perform(post("/api/v1/imports/pupils").contentType("text/csv").content("x").with(httpBasic("t-mentor", TestData.PASSWORD)))
                .andExpect(status().isForbidden()).andExpect(problem(403));
    }

    @Test
    void a_wrong_method_answers_405_problem_detail() throws Exception {
        mvc.perform(delete(SIGNALS).with(httpBasic("t-oc", TestData.PASSWORD)))
                .andExpect(status().isMethodNotAllowed()).andExpect(problem(405));
    }

    @Test
    void a_wrong_media_type_answers_415_problem_detail() throws Exception {
        mvc.perform(post("/api/v1/imports/pupils").contentType(MediaType.APPLICATION_JSON).content("{}")
                        .with(httpBasic("t-admin", TestData.PASSWORD)))
                .andExpect(status().isUnsupportedMediaType()).andExpect(problem(415));
    }

    @Test
    void a_bad_parameter_answers_400_problem_detail() throws Exception {
        mvc.perform(post("/api/v1/imports/pupils?mode=SOME").contentType("text/csv").content("x")
                        .with(httpBasic("t-admin", TestData.PASSWORD)))
                .andExpect(status().isBadRequest()).andExpect(problem(400))
                .andExpect(jsonPath("$.detail").value(Matchers.startsWith("onbekende modus")));
        mvc.perform(get(SIGNALS).param("from", "gisteren").param("to", "2026-09-30").with(httpBasic("t-oc", TestData.PASSWORD)))
                .andExpect(status().isBadRequest()).andExpect(problem(400));
    }

    @Test
    void an_unknown_api_path_answers_404_problem_detail_not_the_apps_html_page() throws Exception {
        mvc.perform(get("/api/v1/nope").with(httpBasic("t-oc", TestData.PASSWORD)))
                .andExpect(status().isNotFound()).andExpect(problem(404))
                .andExpect(jsonPath("$.title").value("Niet gevonden"))
                .andExpect(jsonPath("$.detail").value(Matchers.startsWith("Onbekend adres /api/v1/nope.")));
    }

    @Test
    void a_body_that_is_no_json_answers_400_in_dutch_without_springs_english() throws Exception {
        mvc.perform(post("/api/v1/admin/schools").contentType(MediaType.APPLICATION_JSON).content("{\"brin\": ")
                        .with(httpBasic("t-admin", TestData.PASSWORD)))
                .andExpect(status().isBadRequest()).andExpect(problem(400))
                .andExpect(jsonPath("$.title").value("Ongeldig verzoek"))
                .andExpect(jsonPath("$.detail").value(Matchers.startsWith("De inhoud van het verzoek is niet te lezen")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Failed to read request"))));
    }

    @Test
    void a_wrong_method_and_media_type_are_explained_in_dutch() throws Exception {
        mvc.perform(delete(SIGNALS).with(httpBasic("t-oc", TestData.PASSWORD)))
                .andExpect(jsonPath("$.title").value("Methode niet toegestaan"))
                .andExpect(jsonPath("$.detail").value("Methode DELETE kan hier niet; wel: GET."));
        mvc.perform(post("/api/v1/imports/pupils").contentType(MediaType.APPLICATION_JSON).content("{}")
                        .with(httpBasic("t-admin", TestData.PASSWORD)))
                .andExpect(jsonPath("$.detail").value(Matchers.startsWith("Inhoudstype application/json wordt hier niet gelezen; stuur ")));
    }

    @Test
    void a_value_of_the_wrong_kind_in_a_parameter_names_the_parameter_in_dutch() throws Exception {
        mvc.perform(get("/api/v1/schools/T1VO/absence-export").param("year", "volgend")
                        .with(httpBasic("t-oc", TestData.PASSWORD)))
                .andExpect(status().isBadRequest()).andExpect(problem(400))
                .andExpect(jsonPath("$.detail").value(Matchers.startsWith("Parameter year: 'volgend' is geen geldige waarde.")));
    }

    private static ResultMatcher problem(int status) {
        return result -> {
            content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON).match(result);
            jsonPath("$.status").value(status).match(result);
        };
    }
}
