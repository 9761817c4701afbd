package nl.aanwezig.base.api;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.aanwezig.base.UserFacingException;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The one handler's answers, on a controller of this test that fails in each way an API can. */
class ApiProblemsTest {

    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new Failing()).setControllerAdvice(new ApiProblems()).build();

    @Test
    void an_unexpected_failure_answers_500_in_dutch_with_a_reference_and_no_class_name_or_cause() throws Exception {
        mvc.perform(get("/boom"))
                .andExpect(status().isInternalServerError())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Fout aan onze kant"))
                .andExpect(jsonPath("$.detail").value(Matchers.startsWith("Er ging aan onze kant iets mis (kenmerk ")))
                .andExpect(jsonPath("$.reference").value(Matchers.matchesPattern("[0-9a-f]{8}")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("IllegalStateException"))))
                .andExpect(content().string(Matchers.not(Matchers.containsString("geheime oorzaak"))));
    }

    @Test
    void a_refusal_answers_the_status_of_its_kind_with_each_message_in_errors() throws Exception {
        mvc.perform(get("/conflict")).andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("Past niet bij wat er al is"))
                .andExpect(jsonPath("$.errors[0].message").value("Ongeldige datum 'x': gebruik JJJJ-MM-DD."));
        mvc.perform(get("/invalid")).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value("Ongeldige datum 'y': gebruik JJJJ-MM-DD."));
    }

    @Test
    void an_upload_refused_for_its_size_closes_the_connection() throws Exception {
        mvc.perform(get("/large")).andExpect(status().isContentTooLarge())
                .andExpect(header().string("Connection", "close"))
                .andExpect(jsonPath("$.title").value("Upload geweigerd"));
    }

    @RestController
    static class Failing {

        @GetMapping("/boom")
        String boom() {
            throw new IllegalStateException("geheime oorzaak");
        }

        @GetMapping("/conflict")
        String conflict() {
            throw new UserFacingException(UserFacingException.Kind.CONFLICT, "api.attendance.badDate", "x");
        }

        @GetMapping("/invalid")
        String invalid() {
            throw new UserFacingException("api.attendance.badDate", "y");
        }

        @GetMapping("/large")
        String large() {
            throw new UserFacingException(UserFacingException.Kind.TOO_LARGE, "api.problem.tooLarge");
        }
    }
}
