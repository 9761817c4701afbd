package nl.aanwezig.cases.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import nl.aanwezig.cases.CaseStage;
import nl.aanwezig.cases.CaseTasks;
import nl.aanwezig.cases.Cases;
import nl.aanwezig.cases.Conversations;
import nl.aanwezig.support.IntegrationTest;
import nl.aanwezig.support.Routes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** The mentor's flow driven as a user would, without a browser. */
@IntegrationTest
@WithMockUser(username = "t-mentor", roles = "MENTOR")
class MentorViewsTest extends SpringBrowserlessTest {

    @Autowired Routes routes;
    @Autowired CaseTasks tasks;
    @Autowired Cases cases;
    @Autowired Conversations conversations;

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
        assertThat(cases.findById(route.caseId()).orElseThrow().stage()).isEqualTo(CaseStage.REFERRED);
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
}
