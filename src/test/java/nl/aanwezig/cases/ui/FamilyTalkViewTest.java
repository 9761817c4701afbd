package nl.aanwezig.cases.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import nl.aanwezig.cases.family.FamilyAgreements;
import nl.aanwezig.cases.family.FamilyKind;
import nl.aanwezig.cases.family.FamilyTestSupport;
import nl.aanwezig.cases.tasks.CaseTask;
import nl.aanwezig.support.AsUser;
import nl.aanwezig.support.IntegrationTest;
import nl.aanwezig.support.Routes;
import nl.aanwezig.support.TestClock;
import nl.aanwezig.workflow.FamilyTalkProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** The regievoerder's form for the talk with a family that does not agree: their answer, then the outcome. */
@IntegrationTest
@WithMockUser(username = "t-oc", roles = "OC")
class FamilyTalkViewTest extends SpringBrowserlessTest {

    @Autowired TestClock testClock;

    @Autowired FamilyTestSupport family;
    @Autowired FamilyAgreements agreements;
    @Autowired Routes routes;

    /** The steps to an orange plan set the app's clock to the engine's; the shared context runs on real time after. */
    @AfterEach
    void realTimeAgain() {
        testClock.reset();
    }

    @Test
    void the_regievoerder_reads_the_answer_and_cannot_finish_without_an_outcome_then_finishes_with_one() {
        var c = family.orangePlan("fu-talk-view");
        String parent = family.join(c.caseId(), FamilyKind.PARENT, "Fatima El Amrani", true, "fu-talk-view-ouder");
        AsUser.run(parent, "OUDER", () -> agreements.decide(c.pupil().id(), false, "Geen tijd voor de gesprekken."));
        CaseTask task = routes.openTask(c.caseId(), FamilyTalkProcess.TASK);
        assertThat(TaskForms.location(task.form(), task.id(), c.caseId())).isEqualTo("overleg-gezin/" + task.id());

        FamilyTalkView view = navigate(FamilyTalkView.class, task.id());
        assertThat(view.answer.getElement().getText() + view.answer.getChildren()
                .map(x -> x.getElement().getText()).reduce("", String::concat))
                .contains("Fatima El Amrani").contains("Geen tijd voor de gesprekken.");

        test(view.done).click();
        assertThat(view.outcome.isInvalid()).isTrue();
        assertThat(view.outcome.getErrorMessage()).isEqualTo("Vul de uitkomst van het gesprek in.");

        test(view.outcome).setValue("Gesprekken na schooltijd afgesproken.");
        test(view.done).click();
        routes.awaitTaskGone(task.id());
    }
}
