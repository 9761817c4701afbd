package nl.aanwezig.cases.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.notification.Notification;
import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.cases.CaseStage;
import nl.aanwezig.cases.Cases;
import nl.aanwezig.cases.conversation.ConversationService;
import nl.aanwezig.cases.dossier.DossierService;
import nl.aanwezig.cases.tasks.CaseTask;
import nl.aanwezig.cases.tasks.CaseTasks;
import nl.aanwezig.cases.tasks.OcDecision;
import nl.aanwezig.cases.tasks.OcTaskService;
import nl.aanwezig.cases.tasks.TaskItem;
import nl.aanwezig.support.AsUser;
import nl.aanwezig.support.IntegrationTest;
import nl.aanwezig.support.Routes;
import nl.aanwezig.workflow.LegeStoelProcess;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** The OC sees the school's cases and takes up a referral. */
@IntegrationTest
@WithMockUser(username = "t-oc", roles = "OC")
class OcViewsTest extends SpringBrowserlessTest {

    @Autowired Routes routes;
    @Autowired ConversationService conversations;
    @Autowired Cases cases;
    @Autowired OcTaskService ocTasks;
    @Autowired CaseTasks tasks;

    @Test
    void the_oc_sees_open_cases_of_the_own_school() {
        var route = routes.emptyChair("v-oc-list", "t-mentor");
        OpenCasesView view = navigate(OpenCasesView.class);
        assertThat(test(view.grid).size()).isGreaterThan(0);
        DossierService.OpenCase row = view.grid.getListDataView().getItems()
                .filter(c -> c.caseId() == route.caseId()).findFirst().orElseThrow();
        assertThat(row.pupilName()).isEqualTo(route.pupil().fullName());
        assertThat(row.openTasks()).as("the mentor's conversation task").isEqualTo(1);
    }

    @Test
    void a_referral_reaches_the_oc_inbox_and_is_taken_up_with_a_note() {
        var route = routes.emptyChair("v-oc-intake", "t-mentor");
        AsUser.run("t-mentor", "MENTOR", () -> conversations.log(route.taskId(),
                nl.aanwezig.workflow.LegeStoelProcessIntegrationTestForms.refer()));
        CaseTask intake = routes.openTask(route.caseId(), LegeStoelProcess.OC_INTAKE);

        TasksView inbox = navigate(TasksView.class);
        assertThat(inbox.grid.getListDataView().getItems().map(TaskItem::taskId)).contains(intake.id());

        OcTaskView task = navigate(OcTaskView.class, intake.id());
        test(task.save).click();
        assertThat(test($(Notification.class).last()).getText()).isEqualTo("Schrijf een korte notitie.");

        test(task.note).setValue("Bespreken in het SAT van dinsdag.");
        test(task.decision).selectItem("Oppakken: SAT-analyse en casusoverleg");
        test(task.save).click();
        assertThat(test($(Notification.class).last()).getText()).isEqualTo("Afgerond.");
        routes.awaitCase(route.caseId(), c -> c.stage() == CaseStage.SAT_ANALYSIS, "analysis");
    }

    @Test
    void the_intake_offers_the_decisions_its_model_names_and_refuses_another_saving_nothing() {
        CaseTask intake = referred("v-oc-model-dec");
        assertThat(ocTasks.decisionsOf(intake.id())).containsExactly(OcDecision.ANALYSIS, OcDecision.CLOSE);

        assertThatThrownBy(() -> ocTasks.complete(intake.id(), "Gemeld bij DUO.", OcDecision.REPORTED))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messages())
                        .extracting(UserFacingException.Message::key).containsExactly("oc.error.decision.required"));
        assertThat(tasks.findById(intake.id()).orElseThrow().isOpen()).as("nothing saved, the task still open").isTrue();
    }

    private CaseTask referred(String leerling) {
        var route = routes.emptyChair(leerling, "t-mentor");
        AsUser.run("t-mentor", "MENTOR", () -> conversations.log(route.taskId(),
                nl.aanwezig.workflow.LegeStoelProcessIntegrationTestForms.refer()));
        return routes.openTask(route.caseId(), LegeStoelProcess.OC_INTAKE);
    }

    @Test
    void the_referral_task_shows_what_the_mentor_wrote() {
        CaseTask intake = referred("v-fix-oc-wrote");
        OcTaskView task = navigate(OcTaskView.class, intake.id());

        assertThat(task.mentorWrote.isVisible()).isTrue();
        assertThat(task.mentorWrote.getElement().getTextRecursively())
                .contains("Wat de mentor vastlegde")
                .contains("Afspraken: Doorverwijzen naar OC.")
                .contains("Aanwezig: Leerling, Ouder(s)/verzorger(s)")
                .contains("Onderwerpen: Sociale contacten")
                .contains("uitkomst: Doorverwijzen naar de ondersteuningscoördinator");
    }

    @Test
    void a_missing_note_or_decision_marks_its_field_not_only_a_pop_up() {
        CaseTask intake = referred("v-fix-oc-marks");
        OcTaskView task = navigate(OcTaskView.class, intake.id());
        test(task.save).click();
        assertThat(task.note.isInvalid()).isTrue();
        assertThat(task.note.getErrorMessage()).isEqualTo("Schrijf een korte notitie.");

        test(task.note).setValue("Bespreken in het SAT.");
        test(task.save).click();
        assertThat(task.note.isInvalid()).isFalse();
        assertThat(task.decision.isInvalid()).isTrue();
        assertThat(task.decision.getErrorMessage()).isEqualTo("Kies een besluit.");
    }

    @Test
    void open_cases_name_the_mentor_and_can_be_searched_and_filtered_by_stage() {
        var one = routes.emptyChair("v-fix-find-1", "t-mentor");
        var two = routes.emptyChair("v-fix-find-2", "t-mentor");
        AsUser.run("t-mentor", "MENTOR", () -> conversations.log(two.taskId(),
                nl.aanwezig.workflow.LegeStoelProcessIntegrationTestForms.refer()));
        // the route's model sets the stage once it has the outcome
        routes.awaitCase(two.caseId(), c -> c.stage() == CaseStage.REFERRED, "referred");
        OpenCasesView view = navigate(OpenCasesView.class);
        DossierService.OpenCase row = view.grid.getListDataView().getItems()
                .filter(c -> c.caseId() == one.caseId()).findFirst().orElseThrow();
        assertThat(row.mentor()).isEqualTo("Tess Mentor");

        test(view.search).setValue("v-fix-find-1");
        assertThat(view.grid.getListDataView().getItems().map(DossierService.OpenCase::caseId).toList())
                .containsExactly(one.caseId());
        test(view.search).setValue("kimv-fix-find");
        assertThat(view.grid.getListDataView().getItems().map(DossierService.OpenCase::caseId).toList())
                .containsExactlyInAnyOrder(one.caseId(), two.caseId());
        test(view.stage).selectItem("Verwezen naar OC");
        assertThat(view.grid.getListDataView().getItems().map(DossierService.OpenCase::caseId).toList())
                .containsExactly(two.caseId());
        test(view.search).setValue("niemand-zo");
        assertThat(view.empty.getText()).isEqualTo("Geen open dossiers die hierbij passen.");
    }
}
