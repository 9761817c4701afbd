package nl.aanwezig.cases.api;

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

/** GET /api/v1/schools/{brin}/signals through the real security filter chain. */
@IntegrationTest
class SignalsApiIntegrationTest {

    @Autowired WebApplicationContext context;
    @Autowired Routes routes;
    MockMvc mvc;
    String day;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        routes.emptyChair("api-sig", "t-mentor");
        day = routes.schoolDay().toString();
    }

    @Test
    void the_oc_lists_the_schools_empty_chairs() throws Exception {
        mvc.perform(get("/api/v1/schools/T1VO/signals").param("type", "EMPTY_CHAIR").param("from", day).param("to", day)
                        .with(httpBasic("t-oc", "test")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.leerling == 'api-sig')].type").value("EMPTY_CHAIR"))
                .andExpect(jsonPath("$[?(@.leerling == 'api-sig')].startDate").value(day));
    }

    @Test
    void the_leerplicht_officer_who_serves_the_school_may_list_its_signals() throws Exception {
        mvc.perform(get("/api/v1/schools/T1VO/signals").param("from", day).param("to", day)
                .with(httpBasic("t-leerplicht", "test"))).andExpect(status().isOk());
    }

    @Test
    void refusals_are_clear() throws Exception {
        String path = "/api/v1/schools/T1VO/signals";
        mvc.perform(get(path).param("from", day).param("to", day)).andExpect(status().isUnauthorized());
        mvc.perform(get(path).param("from", day).param("to", day).with(httpBasic("t-mentor", "test")))
                .andExpect(status().isForbidden());
        mvc.perform(get(path).param("from", day).param("to", day).with(httpBasic("t-oc2", "test")))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("Geen toegang")));
        mvc.perform(get(path).param("from", day).param("to", day).with(httpBasic("t-admin", "test")))
                .andExpect(status().isForbidden());
    }

    @Test
    void a_period_outside_the_known_school_years_is_400_in_dutch() throws Exception {
        for (String[] period : new String[][] {{"0001-01-01", day}, {day, "9999-12-31"}}) {
            mvc.perform(get("/api/v1/schools/T1VO/signals").param("from", period[0]).param("to", period[1])
                            .with(httpBasic("t-oc", "test")))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.allOf(
                            org.hamcrest.Matchers.startsWith("De datum " + (period[0].equals(day) ? period[1] : period[0])
                                    + " valt buiten de schooljaren die de app kent: kies een periode van "),
                            org.hamcrest.Matchers.endsWith("(vanaf het eerste schooljaar van haar vakantietabel tot en met het volgende schooljaar)."))));
        }
        mvc.perform(get("/api/v1/schools/T1VO/pupils/api-sig/attendance").param("from", "0001-01-01").param("to", day)
                        .with(httpBasic("t-oc", "test")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("De datum 0001-01-01 valt buiten")));
    }

    @Test
    void bad_requests_say_what_is_wrong_in_dutch() throws Exception {
        mvc.perform(get("/api/v1/schools/T1VO/signals").param("type", "ZIEK").param("from", day).param("to", day)
                        .with(httpBasic("t-oc", "test")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("Onbekend signaaltype")));
        mvc.perform(get("/api/v1/schools/T1VO/signals").param("from", "2026-13-01").param("to", day)
                .with(httpBasic("t-oc", "test"))).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/schools/XXXX/signals").param("from", day).param("to", day)
                .with(httpBasic("t-oc", "test"))).andExpect(status().isNotFound());
    }
}
