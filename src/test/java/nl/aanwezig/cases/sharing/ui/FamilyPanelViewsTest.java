package nl.aanwezig.cases.sharing.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.aanwezig.cases.dossier.Dossier;
import nl.aanwezig.cases.dossier.DossierService;
import nl.aanwezig.cases.family.FamilyKind;
import nl.aanwezig.cases.family.FamilyLink;
import nl.aanwezig.cases.family.FamilyTestSupport;
import nl.aanwezig.cases.ui.PupilView;
import nl.aanwezig.support.IntegrationTest;
import nl.aanwezig.support.Routes;
import nl.aanwezig.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/** "Gezin" in the participants panel of the pupil page: inviting a parent, the link shown once, withdrawing. */
@IntegrationTest
class FamilyPanelViewsTest extends SpringBrowserlessTest {

    @Autowired TestClock testClock;

    @Autowired FamilyTestSupport family;
    @Autowired JdbcTemplate jdbc;
    @Autowired DossierService dossiers;
    @Autowired Clock clock;

    /** The steps to an orange plan set the app's clock to the engine's; the shared context runs on real time after. */
    @AfterEach
    void realTimeAgain() {
        testClock.reset();
    }

    @Test
    @WithMockUser(username = "t-oc", roles = "OC")
    void the_oc_invites_a_parent_sees_the_link_once_and_the_row_and_withdraws_it() {
        Routes.Started c = family.orangePlan("fs-invite");
        navigate(PupilView.class, c.pupil().id());
        FamilyPanel panel = $(ParticipantsPanel.class).single().family;
        assertThat(panel.none.isVisible()).isTrue();
        assertThat(panel.invite.isVisible()).isTrue();

        test(panel.invite).click();
        roundTrip();
        FamilyInviteDialog dialog = panel.dialog;
        assertThat(dialog.isOpened()).isTrue();
        test(dialog.save).click();
        assertThat(dialog.name.isInvalid()).isTrue();
        assertThat(dialog.name.getErrorMessage()).isEqualTo("Vul de naam in.");
        assertThat(links(c.pupil().id())).as("nothing saved").isZero();

        test(dialog.name).setValue("Marieke Staal");
        dialog.authority.setValue(true);
        test(dialog.save).click();

        assertThat(dialog.link.getValue()).startsWith("http").contains("/uitnodiging/");
        assertThat(dialog.link.isReadOnly()).isTrue();
        assertThat(dialog.link.getHelperText()).contains("kopieer");
        assertThat(dialog.handOver.getText()).startsWith("Geef deze link persoonlijk aan Marieke Staal. "
                + "De link werkt één keer, tot en met ").endsWith(". Hij wordt niet bewaard.");
        FamilyLink row = panel.links.getListDataView().getItems().findFirst().orElseThrow();
        assertThat(row.name()).isEqualTo("Marieke Staal");
        assertThat(test(panel.links).getCellText(0, 1)).isEqualTo("Ouder/verzorger");
        assertThat(test(panel.links).getCellText(0, 2)).isEqualTo("ja");
        assertThat(test(panel.links).getCellText(0, 3)).startsWith("uitgenodigd tot en met ");
        test(dialog.done).click();
        roundTrip();
        assertThat(dialog.isOpened()).isFalse();

        test((Button) test(panel.links).getCellComponent(0, 4)).click();
        roundTrip();
        assertThat(test(panel.confirm).getText()).isEqualTo("De uitnodiging van Marieke Staal werkt daarna niet meer.");
        test(panel.confirm).confirm();
        assertThat(test($(Notification.class).last()).getText()).isEqualTo("Ingetrokken: Marieke Staal.");
        assertThat(test(panel.links).getCellText(0, 3)).startsWith("ingetrokken op ");
        assertThat(test(panel.links).getCellComponent(0, 4)).as("nothing left to withdraw")
                .isNotInstanceOf(Button.class);

        List<String> timeline = dossiers.dossier(c.pupil().id()).timeline().stream()
                .map(Dossier.TimelineEntry::summary).toList();
        assertThat(timeline).contains("Ouder/verzorger uitgenodigd: Marieke Staal (link persoonlijk overhandigd)",
                "Uitnodiging of toegang ingetrokken: Ouder/verzorger Marieke Staal");
    }

    @Test
    @WithMockUser(username = "t-oc", roles = "OC")
    void the_panel_refuses_a_pupil_account_under_twelve_at_the_kind() {
        Routes.Started c = family.orangePlan("fs-young");
        family.age(c.pupil().id(), 11, LocalDate.now(clock));
        navigate(PupilView.class, c.pupil().id());
        FamilyPanel panel = $(ParticipantsPanel.class).single().family;
        test(panel.invite).click();
        roundTrip();
        test(panel.dialog.kind).selectItem("Leerling");
        assertThat(panel.dialog.authority.isVisible()).isFalse();
        test(panel.dialog.name).setValue("Sem Staal");
        test(panel.dialog.save).click();
        assertThat(panel.dialog.kind.isInvalid()).isTrue();
        assertThat(panel.dialog.kind.getErrorMessage())
                .isEqualTo("Een leerling krijgt een eigen account vanaf 12 jaar; tot die tijd kijken de ouders mee.");
        assertThat(links(c.pupil().id())).isZero();
    }

    @Test
    @WithMockUser(username = "t-mentor", roles = "MENTOR")
    void a_mentor_who_does_not_manage_the_case_sees_the_family_but_no_invite_button() {
        Routes.Started c = family.orangePlan("fs-mentor");
        String login = family.join(c.caseId(), FamilyKind.PARENT, "Joke Vis", false, "fs-joke");
        navigate(PupilView.class, c.pupil().id());
        FamilyPanel panel = $(ParticipantsPanel.class).single().family;
        assertThat(panel.isVisible()).isTrue();
        assertThat(panel.invite.isVisible()).isFalse();
        assertThat(test(panel.links).getCellText(0, 0)).isEqualTo("Joke Vis");
        assertThat(test(panel.links).getCellText(0, 2)).isEqualTo("nee");
        assertThat(test(panel.links).getCellText(0, 3)).startsWith("actief sinds ");
        assertThat(test(panel.links).getCellComponent(0, 4)).isNotInstanceOf(Button.class);
        assertThat(login).isEqualTo("fs-joke");
    }

    private int links(long pupilId) {
        return jdbc.queryForObject("select count(*) from family_link where pupil_id = ?", Integer.class, pupilId);
    }
}
