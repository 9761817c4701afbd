package nl.aanwezig.cases.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import nl.aanwezig.cases.family.FamilyKind;
import nl.aanwezig.cases.family.FamilyTestSupport;
import nl.aanwezig.cases.family.FamilyViews;
import nl.aanwezig.cases.family.ViewForm;
import nl.aanwezig.cases.tasks.CaseTask;
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

/** "Stem van leerling / ouders" beside the figures of the plan's evaluation, and the family block of the pupil page. */
@IntegrationTest
// moves the engine's clock to the evaluation: shares the time-travelling context of Tier3OcViewsTest
@org.springframework.test.context.TestPropertySource(properties = "aanwezig.test.context=tier3-time-travel")
@WithMockUser(username = "t-oc", roles = "OC")
class FamilyVoiceViewsTest extends SpringBrowserlessTest {

    @Autowired FamilyTestSupport family;
    @Autowired FamilyViews views;
    @Autowired Routes routes;
    @Autowired Tier3Steps steps;
    @Autowired TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void the_evaluation_shows_the_view_the_parent_gave_with_its_date_and_where_the_family_stands_on_the_plan() {
        Routes.Started c = family.orangePlan("fv-given");
        String parent = family.join(c.caseId(), FamilyKind.PARENT, "Ria Kok", true, "fv-ria");
        family.join(c.caseId(), FamilyKind.PUPIL, "Tim Kok", false, "fv-tim");
        AsUser.run(parent, "OUDER", () -> views.give(c.pupil().id(), null,
                new ViewForm("Hij gaat weer naar gym.", "De eerste les om half negen.", "Later beginnen op maandag.")));
        LocalDate given = steps.today();

        steps.advance(Duration.ofDays(43));
        CaseTask eval = routes.openTask(c.caseId(), Tier3Process.EVALUATE_PLAN);
        PlanEvaluationView view = navigate(PlanEvaluationView.class, eval.id());

        assertThat(view.voice.isVisible()).isTrue();
        assertThat(texts(view.voice, Paragraph.class))
                .contains("Ria Kok (Ouder/verzorger), " + Tier3Format.date(given));
        assertThat(texts(view.voice.views, ListItem.class)).containsExactly("Wat gaat goed: Hij gaat weer naar gym.",
                "Wat is moeilijk: De eerste les om half negen.", "Wat willen ze: Later beginnen op maandag.");
        assertThat(texts(view.voice.agreement, ListItem.class)).containsExactlyInAnyOrder(
                "Ria Kok (Ouder/verzorger): nog niet gereageerd", "Tim Kok (Leerling): nog niet gereageerd");
        assertThat(view.evaluation.getComponentAt(1)).as("beside the figures").isSameAs(view.voice);
    }

    @Test
    void the_evaluation_says_so_when_the_family_gave_nothing() {
        Routes.Started c = family.orangePlan("fv-none");
        steps.advance(Duration.ofDays(43));
        CaseTask eval = routes.openTask(c.caseId(), Tier3Process.EVALUATE_PLAN);
        PlanEvaluationView view = navigate(PlanEvaluationView.class, eval.id());

        assertThat(texts(view.voice.views, Paragraph.class))
                .containsExactly("Het gezin heeft (nog) niets ingevuld. Niet antwoorden houdt niets tegen.");
        assertThat(texts(view.voice.agreement, Paragraph.class)).contains("Niemand van het gezin heeft een account.");
    }

    @Test
    void the_pupil_page_shows_the_newest_view_and_the_agreement_in_a_compact_family_block() {
        Routes.Started c = family.orangePlan("fv-page");
        String pupil = family.join(c.caseId(), FamilyKind.PUPIL, "Noor Bos", false, "fv-noor");
        AsUser.run(pupil, "LEERLING", () -> views.give(c.pupil().id(), null, new ViewForm("Vrienden", null, null)));
        AsUser.run(pupil, "LEERLING", () -> views.give(c.pupil().id(), null, new ViewForm("Gym", "Wiskunde", null)));

        navigate(PupilView.class, c.pupil().id());
        FamilyVoiceBlock block = $(FamilyVoiceBlock.class).single();
        assertThat(texts(block.views, ListItem.class)).as("the newest only")
                .containsExactly("Wat gaat goed: Gym", "Wat is moeilijk: Wiskunde", "Wat willen ze: –");
        assertThat(texts(block.agreement, ListItem.class)).containsExactly("Noor Bos (Leerling): nog niet gereageerd");
    }

    private static List<String> texts(Component in, Class<? extends HasText> type) {
        return in.getChildren().flatMap(FamilyVoiceViewsTest::tree).filter(type::isInstance)
                .map(x -> ((HasText) x).getText()).toList();
    }

    private static Stream<Component> tree(Component c) {
        return Stream.concat(Stream.of(c), c.getChildren().flatMap(FamilyVoiceViewsTest::tree));
    }
}
