package nl.aanwezig.cases.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import nl.aanwezig.cases.CaseStage;
import nl.aanwezig.cases.Cases;
import nl.aanwezig.cases.conversation.ConversationForm;
import nl.aanwezig.cases.conversation.ConversationService;
import nl.aanwezig.cases.conversation.Conversations;
import nl.aanwezig.cases.conversation.Outcome;
import nl.aanwezig.cases.conversation.Topic;
import nl.aanwezig.cases.dossier.DossierService;
import nl.aanwezig.cases.tasks.CaseTasks;
import nl.aanwezig.cases.tasks.TaskItem;
import nl.aanwezig.support.AsUser;
import nl.aanwezig.support.IntegrationTest;
import nl.aanwezig.support.Routes;
import nl.aanwezig.workflow.LegeStoelProcess;
import nl.aanwezig.workflow.LegeStoelProcessIntegrationTestForms;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/** The mentor's flow driven as a user would, without a browser. */
@IntegrationTest
@WithMockUser(username = "t-mentor", roles = "MENTOR")
class MentorViewsTest extends SpringBrowserlessTest {

    @Autowired Routes routes;
    @Autowired CaseTasks tasks;
    @Autowired Cases cases;
    @Autowired Conversations conversations;
    @Autowired ConversationService conversationService;
    @Autowired DossierService dossiers;
    @Autowired Clock clock;
    @Autowired nl.aanwezig.support.TestClock testClock;
    @Autowired nl.aanwezig.support.TestData testData;
    @Autowired nl.aanwezig.attendance.signals.EmptyChairDetection signals;

    @Test
    void today_shows_my_empty_chairs_with_a_caring_message_and_not_those_of_other_mentors() {
        routes.emptyChair("v-today", "t-mentor");
        routes.emptyChair("v-not-mine", "t-mentor2");
        TodayView view = navigate(TodayView.class);

        assertThat($(H3.class, view).all()).extracting(H3::getText)
                .contains("Kimv-today Test (2B)").doesNotContain("Kimv-not-mine Test (2B)");
        assertThat($(TextArea.class, view).all()).extracting(TextArea::getValue)
                .anyMatch(m -> m.startsWith("Hé Kimv-today, je was er") && m.endsWith("Groet, Tess Mentor"));
    }

    /**
     * Before Tuesday's first lesson: Monday's empty chair, whose conversation is still to be had, is on the page with
     * "maandag 10 november" in its message; once the conversation is logged it leaves the page (Tuesday has none of its own).
     */
    @Test
    void an_empty_chair_of_the_school_day_before_shows_with_its_day_until_its_conversation_is_logged() {
        testClock.set(java.time.LocalDateTime.of(2031, 11, 11, 7, 30)); // a Tuesday, before the first lesson
        try {
            var pupil = testData.pupil(routes.school(), "v-monday", "2B", "t-mentor");
            testData.voDay(pupil, LocalDate.of(2031, 11, 10), 2);
            signals.detectEmptyChairs(routes.school().id());
            long caseId = cases.findByPupilIdAndStatus(pupil.id(), nl.aanwezig.cases.PupilCase.Status.OPEN).orElseThrow().id();
            long taskId = routes.openTask(caseId, LegeStoelProcess.CONTACT_PUPIL).id();

            TodayView view = navigate(TodayView.class);
            assertThat($(H3.class, view).all()).extracting(H3::getText).contains("Kimv-monday Test (2B)");
            assertThat($(TextArea.class, view).all()).extracting(TextArea::getValue)
                    .anyMatch(m -> m.startsWith("Hé Kimv-monday, je was er maandag 10 november niet"));
            assertThat($(Span.class, view).all()).extracting(Span::getText)
                    .anyMatch(t -> t.startsWith("Afwezig op maandag 10 november bij de lessen van 08:30"));

            conversationService.log(taskId, new ConversationForm(LocalDate.of(2031, 11, 11), true, false, null,
                    EnumSet.of(Topic.SLEEP), "Weer op tijd naar bed.", null, Outcome.RESOLVED));
            view = navigate(TodayView.class);
            assertThat($(H3.class, view).all()).extracting(H3::getText).doesNotContain("Kimv-monday Test (2B)");
        } finally {
            testClock.reset();
        }
    }

    @Test
    void the_conversation_form_refuses_an_empty_form_then_saves_a_referral() {
        var route = routes.emptyChair("v-flow", "t-mentor");
        navigate(TodayView.class);
        test($(com.vaadin.flow.component.button.Button.class).id("log-" + route.pupil().id())).click();
        ConversationView form = (ConversationView) getCurrentView();

        test(form.save).click();
        assertThat(test($(Notification.class).last()).getText()).contains("niet opgeslagen");
        assertThat(form.topics.isInvalid()).isTrue();
        assertThat(form.agreements.getErrorMessage()).isEqualTo("Leg de gemaakte afspraken vast.");
        assertThat(conversations.findByCaseIdOrderByHeldOnDescIdDesc(route.caseId())).isEmpty();

        test(form.withPupil).click();
        test(form.topics).selectItem("Slaap en dagritme");
        test(form.agreements).setValue("Om half elf naar bed; donderdag weer bellen.");
        test(form.outcome).selectItem("Doorverwijzen naar de ondersteuningscoördinator");
        test(form.save).click();

        assertThat(test($(Notification.class).last()).getText()).isEqualTo("Gesprek vastgelegd. De taak is afgerond.");
        assertThat(tasks.findById(route.taskId()).orElseThrow().isOpen()).isFalse();
        // the route's model sets the stage once it has the outcome (bpmn/lege-stoel.bpmn)
        assertThat(routes.awaitCase(route.caseId(), c -> c.stage() == CaseStage.REFERRED, "referred").stage())
                .isEqualTo(CaseStage.REFERRED);
    }

    @Test
    void another_mentors_pupil_page_shows_a_refusal_instead_of_the_dossier() {
        var other = routes.emptyChair("v-refuse", "t-mentor2");
        PupilView view = navigate(PupilView.class, other.pupil().id());
        assertThat(view.facts.getText()).startsWith("Geen toegang");
        assertThat(view.name.getText()).isEqualTo("Dossier");
    }

    @Test
    void the_mentor_cannot_open_the_schools_case_list() {
        Throwable refused = catchThrowable(() -> navigate(OpenCasesView.class));
        assertThat(refused != null || !(getCurrentView() instanceof OpenCasesView)).isTrue();
    }

    private static String text(Component c) {
        return c.getElement().getTextRecursively();
    }

    private ConversationForm watch(String agreements) {
        LocalDate today = LocalDate.now(clock);
        return new ConversationForm(today, true, true, "oma", EnumSet.of(Topic.SLEEP), agreements, today.plusDays(7),
                Outcome.WATCH);
    }

    @Test
    void the_pupil_page_shows_the_agreements_participants_and_follow_up_date_of_a_saved_conversation() {
        var route = routes.emptyChair("v-fix-talk", "t-mentor");
        conversationService.log(route.taskId(), watch("Om half elf naar bed; donderdag weer bellen."));

        PupilView view = navigate(PupilView.class, route.pupil().id());
        String shown = text(view.conversations);
        assertThat(shown).contains("Afspraken: Om half elf naar bed; donderdag weer bellen.")
                .contains("Aanwezig: Leerling, Ouder(s)/verzorger(s), oma")
                .contains("Vervolg op: " + nl.aanwezig.base.Messages.date(LocalDate.now(clock).plusDays(7)))
                .contains("uitkomst: Vinger aan de pols houden");
    }

    @Test
    void a_referred_pupil_gets_an_extra_conversation_from_the_mentor_that_completes_no_task() {
        var route = routes.emptyChair("v-fix-extra", "t-mentor");
        conversationService.log(route.taskId(), LegeStoelProcessIntegrationTestForms.refer());
        var intake = routes.openTask(route.caseId(), LegeStoelProcess.OC_INTAKE);

        PupilView page = navigate(PupilView.class, route.pupil().id());
        assertThat(page.conversations.logExtra.isVisible()).isTrue();
        test(page.conversations.logExtra).click();
        ExtraConversationView form = (ExtraConversationView) getCurrentView();
        test(form.withParents).click();
        test(form.topics).selectItem("School");
        test(form.agreements).setValue("Moeder belt de mentor vrijdag.");
        test(form.outcome).selectItem("Vinger aan de pols houden");
        form.followUp.setValue(LocalDate.now(clock).plusDays(3));
        test(form.save).click();

        assertThat(test($(Notification.class).last()).getText()).isEqualTo("Gesprek vastgelegd op de tijdlijn.");
        assertThat(conversations.findByCaseIdOrderByHeldOnDescIdDesc(route.caseId())).hasSize(2);
        assertThat(tasks.findById(intake.id()).orElseThrow().isOpen()).as("the OC's referral task").isTrue();
        assertThat(cases.findById(route.caseId()).orElseThrow().stage()).isEqualTo(CaseStage.REFERRED);
        assertThat(dossiers.dossier(route.pupil().id()).timeline()).extracting(e -> e.summary())
                .anyMatch(t -> t.startsWith("Extra gesprek op") && t.contains("School"));
    }

    @Test
    void a_mentor_cannot_log_an_extra_conversation_for_another_mentors_pupil() {
        var other = routes.emptyChair("v-fix-extra-other", "t-mentor2");
        Throwable refused = catchThrowable(() -> conversationService.logExtra(other.pupil().id(), watch("Gebeld.")));
        assertThat(refused).isInstanceOf(AccessDeniedException.class);
        assertThat(conversations.findByCaseIdOrderByHeldOnDescIdDesc(other.caseId())).isEmpty();
    }

    @Test
    void staff_show_by_display_name_on_the_pupil_page_its_timeline_its_tasks_and_in_the_inbox() {
        var route = routes.emptyChair("v-fix-names", "t-mentor");
        PupilView view = navigate(PupilView.class, route.pupil().id());
        assertThat(text(view.facts)).contains("Mentor: Tess Mentor").doesNotContain("Mentor: t-mentor");
        assertThat(text(view.content)).contains("– Tess Mentor");
        assertThat(view.timeline.getListDataView().getItems().map(e -> e.actor()).toList())
                .contains("Systeem").doesNotContain("systeem", "t-mentor");
        assertThat(view.timeline.getListDataView().getItems().map(e -> e.summary()).toList())
                .anyMatch(s -> s.contains("(voor Tess Mentor)"));

        TasksView inbox = navigate(TasksView.class);
        TaskItem mine = inbox.grid.getListDataView().getItems().filter(t -> t.taskId() == route.taskId())
                .findFirst().orElseThrow();
        assertThat(mine.assigneeName()).isEqualTo("Tess Mentor");
    }

    @Test
    void a_conversation_without_participants_or_outcome_marks_the_participants_group_and_the_outcome() {
        var route = routes.emptyChair("v-fix-marks", "t-mentor");
        ConversationView form = navigate(ConversationView.class, route.taskId());
        test(form.save).click();

        assertThat(form.participants.isInvalid()).isTrue();
        assertThat(form.participants.getErrorMessage()).isEqualTo("Geef aan wie er bij het gesprek waren.");
        assertThat(form.participants.error.isVisible()).isTrue();
        assertThat(form.others.isInvalid()).as("the optional field is not what is wrong").isFalse();
        assertThat(form.outcome.isInvalid()).isTrue();
        assertThat(form.outcome.getErrorMessage()).isEqualTo("Kies een uitkomst.");

        test(form.withPupil).click();
        test(form.save).click();
        assertThat(form.participants.isInvalid()).isFalse();
    }

    @Test
    void an_overdue_task_is_marked_te_laat_and_the_deadline_column_sizes_to_its_content() {
        TasksView view = navigate(TasksView.class);
        java.time.Instant now = clock.instant();
        Component overdue = view.dueCell(task(now.minus(Duration.ofHours(2))));
        Component onTime = view.dueCell(task(now.plus(Duration.ofDays(1))));

        assertThat(text(overdue)).contains("Te laat");
        assertThat(overdue.getChildren().filter(c -> c instanceof Span s && "Te laat".equals(s.getText())).findFirst()
                .orElseThrow().getElement().getThemeList()).contains("badge", "error");
        assertThat(text(onTime)).doesNotContain("Te laat");
        assertThat(view.grid.getColumns().get(2).isAutoWidth()).isTrue();
    }

    private static TaskItem task(java.time.Instant due) {
        return new TaskItem(1, 1, 1, "Kim Test", "x", "conversation", "task.contact-pupil", "t-mentor", null,
                due.minus(Duration.ofDays(2)), due, true, "T1VO", "lege-stoel", "contact-pupil", "Tess Mentor");
    }

    @Test
    void copying_the_message_says_copied_only_when_the_browser_confirms_it() {
        var route = routes.emptyChair("v-fix-copy", "t-mentor");
        TodayView view = navigate(TodayView.class);
        int before = $(Notification.class).all().size();
        // without a browser the clipboard never answers: nothing may claim it worked
        test($(com.vaadin.flow.component.button.Button.class).id("copy-" + route.pupil().id())).click();
        assertThat($(Notification.class).all()).hasSize(before);

        TextArea message = $(TextArea.class, view).first();
        view.copied(message, false);
        assertThat(test($(Notification.class).last()).getText()).startsWith("Kopiëren lukte niet")
                .contains("Ctrl+C");
        view.copied(message, true);
        assertThat(test($(Notification.class).last()).getText()).isEqualTo("Bericht gekopieerd");
    }
}
