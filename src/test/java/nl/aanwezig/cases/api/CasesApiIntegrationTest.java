package nl.aanwezig.cases.api;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.aanwezig.cases.CaseStage;
import nl.aanwezig.cases.tier3.PlanService;
import nl.aanwezig.cases.tier3.RegievoerderService;
import nl.aanwezig.cases.tier3.SatService;
import nl.aanwezig.cases.tier3.Tier3Decisions.Sat;
import nl.aanwezig.support.AsUser;
import nl.aanwezig.support.IntegrationTest;
import nl.aanwezig.support.Routes;
import nl.aanwezig.support.TestClock;
import nl.aanwezig.support.Tier3Steps;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The cases and plan API through the real security filter chain, with a case in the orange plan. */
@IntegrationTest
class CasesApiIntegrationTest {

    @Autowired WebApplicationContext context;
    @Autowired Routes routes;
    @Autowired Tier3Steps steps;
    @Autowired SatService sat;
    @Autowired RegievoerderService regie;
    @Autowired PlanService plans;
    @Autowired TestClock clock;
    MockMvc mvc;
    static Routes.Started orange;
    /** The plan's start: the app's "today" at the engine's time when it was drawn. */
    static java.time.LocalDate started;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        if (orange == null) {
            orange = steps.referToSat("api-orange");
            Sat advised = AsUser.call("t-oc", "OC", () -> sat.advice(orange.taskId())).advised();
            AsUser.run("t-oc", "OC", () -> sat.analyse(orange.taskId(), Tier3Steps.analysis(Sat.ORANGE,
                    advised == Sat.ORANGE ? null : "Al weken een patroon.", null)));
            var appoint = routes.openTask(orange.caseId(), "appoint-regievoerder");
            AsUser.run("t-oc", "OC", () -> regie.appoint(appoint.id(), "t-oc"));
            var draw = routes.openTask(orange.caseId(), "draw-plan");
            started = steps.today();
            AsUser.run("t-oc", "OC", () -> plans.draw(draw.id(), Tier3Steps.plan(started, 6)));
            routes.awaitCase(orange.caseId(), c -> c.stage() == CaseStage.ORANGE_PLAN, "orange");
        }
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void the_oc_lists_the_orange_cases_of_the_school_with_regievoerder_plan_start_and_next_evaluation() throws Exception {
        String self = "$[?(@.leerling == 'api-orange')]";
        mvc.perform(get("/api/v1/schools/T1VO/cases?stage=ORANGE_PLAN").with(httpBasic("t-oc", "test")))
                .andExpect(status().isOk())
                .andExpect(jsonPath(self + ".stage").value("ORANGE_PLAN"))
                .andExpect(jsonPath(self + ".regievoerder").value("t-oc"))
                .andExpect(jsonPath(self + ".planStartedOn").value(started.toString()))
                .andExpect(jsonPath(self + ".nextEvaluation").value(started.plusWeeks(6).toString()))
                .andExpect(jsonPath("$[*].stage", not(hasItem("SAT_ANALYSIS"))));
    }

    @Test
    void an_unknown_stage_is_400_and_another_schools_oc_or_a_mentor_is_403() throws Exception {
        mvc.perform(get("/api/v1/schools/T1VO/cases?stage=PAARS").with(httpBasic("t-oc", "test")))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/schools/T1VO/cases").with(httpBasic("t-oc2", "test")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/schools/T1VO/cases").with(httpBasic("t-mentor", "test")))
                .andExpect(status().isForbidden());
    }

    @Test
    void the_plan_of_a_pupil_has_its_goals_and_interventions_for_the_mentor_and_is_404_for_another_mentor() throws Exception {
        mvc.perform(get("/api/v1/schools/T1VO/pupils/api-orange/plan").with(httpBasic("t-mentor", "test")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.stage").value("ORANGE_PLAN"))
                .andExpect(jsonPath("$.regievoerder").value("t-oc"))
                .andExpect(jsonPath("$.plan.evaluationWeeks").value(6))
                .andExpect(jsonPath("$.plan.goals.length()").value(2))
                .andExpect(jsonPath("$.plan.goals[0].targetPct").value(90.0))
                .andExpect(jsonPath("$.plan.interventions[0].owner").value("Mentor"))
                .andExpect(jsonPath("$.analyses[0].decision").value("ORANGE"))
                .andExpect(jsonPath("$.evaluations.length()").value(0));
        mvc.perform(get("/api/v1/schools/T1VO/pupils/api-orange/plan").with(httpBasic("t-mentor2", "test")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/schools/T1VO/pupils/nobody/plan").with(httpBasic("t-mentor", "test")))
                .andExpect(status().isNotFound());
    }
}
