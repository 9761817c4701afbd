package nl.aanwezig.cases.api;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.aanwezig.support.IntegrationTest;
import nl.aanwezig.support.Routes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** GET /api/v1/tasks through the real security filter chain: the caller's inbox, nobody else's. */
@IntegrationTest
class TasksApiIntegrationTest {

    @Autowired WebApplicationContext context;
    @Autowired Routes routes;
    MockMvc mvc;
    Routes.Started route;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        route = routes.emptyChair("api-task", "t-mentor");
    }

    @Test
    void the_mentor_gets_their_open_task_with_its_process_step_and_deadline() throws Exception {
        String self = "$[?(@.id == " + route.taskId() + ")]";
        mvc.perform(get("/api/v1/tasks").with(httpBasic("t-mentor", "test")))
                .andExpect(status().isOk())
                .andExpect(jsonPath(self + ".title").value("Neem vandaag contact op met leerling en ouders"))
                .andExpect(jsonPath(self + ".leerling").value("api-task"))
                .andExpect(jsonPath(self + ".school").value("T1VO"))
                .andExpect(jsonPath(self + ".processId").value("lege-stoel"))
                .andExpect(jsonPath(self + ".elementId").value("contact-pupil"))
                .andExpect(jsonPath(self + ".dueDate").isNotEmpty());
    }

    @Test
    void another_mentor_and_the_oc_of_another_school_do_not_get_it() throws Exception {
        mvc.perform(get("/api/v1/tasks").with(httpBasic("t-mentor2", "test")))
                .andExpect(status().isOk()).andExpect(jsonPath("$[*].id", not(hasItem((int) route.taskId()))));
        mvc.perform(get("/api/v1/tasks").with(httpBasic("t-oc2", "test")))
                .andExpect(status().isOk()).andExpect(jsonPath("$[*].leerling", not(hasItem("api-task"))));
    }

    @Test
    void without_login_401_and_for_the_admin_403() throws Exception {
        mvc.perform(get("/api/v1/tasks")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/tasks").with(httpBasic("t-admin", "test"))).andExpect(status().isForbidden());
    }
}
