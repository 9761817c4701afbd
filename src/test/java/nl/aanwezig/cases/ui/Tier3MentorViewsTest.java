package nl.aanwezig.cases.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import nl.aanwezig.cases.tasks.CaseTask;
import nl.aanwezig.cases.tier3.PlanService;
import nl.aanwezig.cases.tier3.RegievoerderService;
import nl.aanwezig.cases.tier3.SatService;
import nl.aanwezig.cases.tier3.Tier3Decisions.Sat;
import nl.aanwezig.cases.tier3.Tier3MentorPlans;
import nl.aanwezig.cases.tier3.Tier3Overview;
import nl.aanwezig.support.AsUser;
import nl.aanwezig.support.IntegrationTest;
import nl.aanwezig.support.Routes;
import nl.aanwezig.support.TestClock;
import nl.aanwezig.support.Tier3Steps;
import nl.aanwezig.workflow.Tier3Process;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/** The mentor's side of tier 3: the plans of their pupils and what is asked of them; not the OC's lists. */
@IntegrationTest
@WithMockUser(username = "t-mentor", roles = "MENTOR")
class Tier3MentorViewsTest extends SpringBrowserlessTest {

    @Autowired Routes routes;
    @Autowired Tier3Steps steps;
    @Autowired SatService sat;
    @Autowired RegievoerderService regie;
    @Autowired PlanService plans;
    @Autowired Tier3Overview overview;
    @Autowired TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void a_mentor_cannot_open_the_cases_by_stage_list() {
        navigate(TasksView.class);
        Throwable refused = org.assertj.core.api.Assertions.catchThrowable(() -> navigate(CasesByStageView.class));
        assertThat(getCurrentView()).isNotInstanceOf(CasesByStageView.class);
        assertThat(refused == null || refused instanceof AccessDeniedException || refused instanceof IllegalArgumentException)
                .as("refused: " + refused).isTrue();
        assertThatThrownBy(() -> overview.casesOfMySchool()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_mentors_plan_view_lists_the_plan_of_an_own_pupil_and_the_intervention_owned_by_them() {
        var c = steps.referToSat("u3-mentor");
        Sat advised = AsUser.call("t-oc", "OC", () -> sat.advice(c.taskId())).advised();
        AsUser.run("t-oc", "OC", () -> sat.analyse(c.taskId(), Tier3Steps.analysis(Sat.ORANGE,
                advised == Sat.ORANGE ? null : "Patroon van weken.", null)));
        CaseTask appoint = routes.openTask(c.caseId(), Tier3Process.APPOINT_REGIEVOERDER);
        AsUser.run("t-oc", "OC", () -> regie.appoint(appoint.id(), "t-oc"));
        CaseTask draw = routes.openTask(c.caseId(), Tier3Process.DRAW_PLAN);
        // Tier3Steps.plan names t-mentor as the owner of its intervention
        AsUser.run("t-oc", "OC", () -> plans.draw(draw.id(), Tier3Steps.plan(steps.today(), 6)));

        MyPupilsPlansView view = navigate(MyPupilsPlansView.class);
        assertThat(view.asked.getListDataView().getItems().filter(a -> a.pupilId() == c.pupil().id()))
                .extracting(Tier3MentorPlans.AskedOfMe::description).containsExactly("Wekelijks gesprek met de mentor");
        assertThat(view.plans.getListDataView().getItems().filter(p -> p.pupilId() == c.pupil().id()))
                .singleElement().satisfies(p -> {
                    assertThat(p.regievoerder()).isEqualTo("Olaf OC");
                    assertThat(p.goals()).hasSize(2);
                    assertThat(p.nextEvaluation()).isEqualTo(steps.today().plusWeeks(6));
                });
    }
}
