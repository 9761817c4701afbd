package nl.aanwezig.cases.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.cases.conversation.ConversationForm;
import nl.aanwezig.cases.conversation.ConversationService;
import nl.aanwezig.cases.conversation.Outcome;
import nl.aanwezig.cases.conversation.Topic;
import nl.aanwezig.cases.tasks.CaseTask;
import nl.aanwezig.cases.tasks.OcDecision;
import nl.aanwezig.cases.tasks.OcTaskService;
import nl.aanwezig.cases.tier3.PlanForm;
import nl.aanwezig.cases.tier3.PlanService;
import nl.aanwezig.cases.tier3.RegievoerderService;
import nl.aanwezig.cases.tier3.SatService;
import nl.aanwezig.cases.tier3.Tier3Decisions.Sat;
import nl.aanwezig.support.AsUser;
import nl.aanwezig.support.IntegrationTest;
import nl.aanwezig.support.Routes;
import nl.aanwezig.support.TestClock;
import nl.aanwezig.support.Tier3Steps;
import nl.aanwezig.workflow.Tier3Process;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * An intervention's owner is one of the people who may work on the case, and may open that pupil's page: t-mentor owns
 * the weekly talk with a pupil of t-mentor2 (same school); a mentor of another school cannot be made owner.
 */
@IntegrationTest
@WithMockUser(username = "t-mentor", roles = "MENTOR")
class InterventionOwnerTest extends SpringBrowserlessTest {

    @Autowired Routes routes;
    @Autowired Tier3Steps steps;
    @Autowired TestClock clock;

    /** steps.sync() fixed the app's clock at the engine's: later test classes get the real one back. */
    @AfterEach
    void resetClock() {
        clock.reset();
    }
    @Autowired ConversationService conversations;
    @Autowired OcTaskService ocTasks;
    @Autowired SatService sat;
    @Autowired RegievoerderService regie;
    @Autowired PlanService plans;

    @Test
    void the_owner_of_an_intervention_opens_the_pupils_page_from_what_is_asked_of_them() {
        Routes.Started c = planDrawnFor("hm-owner-1");
        CaseTask draw = routes.openTask(c.caseId(), Tier3Process.DRAW_PLAN);
        AsUser.run("t-oc", "OC", () -> plans.draw(draw.id(), Tier3Steps.plan(steps.today(), 6)));

        MyPupilsPlansView mine = navigate(MyPupilsPlansView.class);
        var rows = mine.asked.getListDataView().getItems().toList();
        int row = rows.indexOf(rows.stream().filter(a -> a.pupilId() == c.pupil().id()).findFirst().orElseThrow());
        test(mine.asked).clickRow(row);

        PupilView page = (PupilView) getCurrentView();
        assertThat(page.name.getText()).isEqualTo(c.pupil().fullName());
        assertThat(page.facts.getClassNames()).doesNotContain("refusal");
    }

    @Test
    void a_mentor_of_another_school_cannot_be_made_owner_of_an_intervention() {
        Routes.Started c = planDrawnFor("hm-owner-2");
        CaseTask draw = routes.openTask(c.caseId(), Tier3Process.DRAW_PLAN);
        PlanForm p = Tier3Steps.plan(steps.today(), 6);
        PlanForm otherSchool = new PlanForm(p.startsOn(), p.evaluationWeeks(), p.goals(), p.adaptedEducation(),
                List.of(new PlanForm.Intervention("Wekelijks kort gesprek", "Mentor B", "t-mentor-b", steps.today(), 6)),
                p.pupilWish(), p.parentsWish(), p.agreed(), p.parentsAgreedOn());

        assertThatThrownBy(() -> AsUser.run("t-oc", "OC", () -> plans.draw(draw.id(), otherSchool)))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messages().get(0).key())
                        .isEqualTo("tier3.error.interventions.ownerNotOnCase"));
        assertThat(routes.openTask(c.caseId(), Tier3Process.DRAW_PLAN).id()).isEqualTo(draw.id());
    }

    /** A pupil of t-mentor2 referred to the SAT, analysed orange, t-oc regievoerder: the plan is to be drawn. */
    private Routes.Started planDrawnFor(String leerling) {
        steps.sync();
        var route = routes.emptyChair(leerling, "t-mentor2");
        AsUser.run("t-mentor2", "MENTOR", () -> conversations.log(route.taskId(), new ConversationForm(steps.today(),
                true, true, null, EnumSet.of(Topic.SOCIAL), "Doorverwijzen naar OC.", null, Outcome.REFER)));
        CaseTask intake = routes.openTask(route.caseId(), "oc-intake");
        AsUser.run("t-oc", "OC", () -> ocTasks.complete(intake.id(), "Naar het SAT.", OcDecision.ANALYSIS));
        CaseTask analysis = routes.openTask(route.caseId(), "sat-analysis");
        Sat advised = AsUser.call("t-oc", "OC", () -> sat.advice(analysis.id())).advised();
        AsUser.run("t-oc", "OC", () -> sat.analyse(analysis.id(), Tier3Steps.analysis(Sat.ORANGE,
                advised == Sat.ORANGE ? null : "Patroon van weken.", null)));
        CaseTask appoint = routes.openTask(route.caseId(), Tier3Process.APPOINT_REGIEVOERDER);
        AsUser.run("t-oc", "OC", () -> regie.appoint(appoint.id(), "t-oc"));
        return route;
    }
}
