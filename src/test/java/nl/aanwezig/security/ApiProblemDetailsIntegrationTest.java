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

    private static ResultMatcher problem(int status) {
        return result -> {
            content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON).match(result);
            jsonPath("$.status").value(status).match(result);
        };
    }
}
