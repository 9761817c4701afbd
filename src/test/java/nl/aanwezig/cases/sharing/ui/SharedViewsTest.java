package nl.aanwezig.cases.sharing.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.notification.Notification;
import nl.aanwezig.cases.sharing.ParticipantRole;
import nl.aanwezig.cases.sharing.SharedCaseRow;
import nl.aanwezig.cases.sharing.SharingTestSupport;
import nl.aanwezig.cases.tasks.CaseTask;
import nl.aanwezig.cases.ui.PupilView;
import nl.aanwezig.support.IntegrationTest;
import nl.aanwezig.support.Routes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/** "Mijn gedeelde casussen" for a partner, and inviting from the pupil page, driven without a browser. */
@IntegrationTest
class SharedViewsTest extends SpringBrowserlessTest {

    /** The app's clock (school time), not the machine's zone: the dates the app writes are of this clock. */
    @org.springframework.beans.factory.annotation.Autowired java.time.Clock appClock;

    @Autowired Routes routes;
    @Autowired SharingTestSupport sharing;
    @Autowired JdbcTemplate jdbc;

    @Test
    @WithMockUser(username = "t-swv", roles = "SWV")
    void my_shared_cases_lists_the_case_with_stage_and_my_open_task_and_opens_what_my_role_may_see() {
        var route = routes.emptyChair("ui-mine", "t-mentor");
        sharing.consentAndInvite(route.caseId(), "t-swv", ParticipantRole.SWV_CONSULTANT);
        CaseTask task = sharing.openTaskOf(route.caseId(), "t-swv");

        SharedCasesView view = navigate(SharedCasesView.class);
        SharedCaseRow row = view.grid.getListDataView().getItems().filter(r -> r.caseId() == route.caseId())
                .findFirst().orElseThrow();
        assertThat(row.openTaskId()).isEqualTo(task.id());
        assertThat(test(view.grid).getCellText(rowIndex(view, route.caseId()), 2)).isEqualTo("Contact door mentor");
        assertThat(test(view.grid).getCellText(rowIndex(view, route.caseId()), 4))
                .isEqualTo("Bijdragen aan het gedeelde plan van de leerling");

        view.open(row);
        SharedCaseView shared = (SharedCaseView) getCurrentView();
        assertThat(shared.needToKnow.getText()).startsWith("Wat je als Consulent SWV ziet").doesNotContain("aanwezigheidscijfers");
        assertThat($(com.vaadin.flow.component.html.Paragraph.class).withClassName("shared-consent").single().getText())
                .as("the consent need to know promises").isEqualTo("Toestemming om met jou als Consulent SWV te delen: "
                        + "gegeven door Marieke Test (moeder) op " + nl.aanwezig.base.Messages.date(java.time.LocalDate.now(appClock))
                        + ". De toestemming geldt voor: Consulent SWV.");
        test(shared.editor.kind).selectItem("Mijn deel van het plan");
        test(shared.editor.save).click();
        assertThat(shared.editor.text.isInvalid()).isTrue();
        assertThat(shared.editor.text.getErrorMessage()).isEqualTo("Schrijf je bijdrage.");

        test(shared.editor.text).setValue("Consulent zoekt een plek voor maatwerk.");
        test(shared.editor.save).click();
        assertThat(test($(Notification.class).last()).getText()).isEqualTo("Je bijdrage is opgeslagen.");
        assertThat(jdbc.queryForObject("select state from task where id = ?", String.class, task.id()))
                .isEqualTo("COMPLETED");
    }

    @Test
    @WithMockUser(username = "t-oc", roles = "OC")
    void the_oc_records_consent_and_invites_from_the_pupil_page_and_is_refused_without_consent() {
        var route = routes.emptyChair("ui-invite", "t-mentor");
        navigate(PupilView.class, route.pupil().id());
        ParticipantsPanel panel = $(ParticipantsPanel.class).single();
        assertThat(panel.consent.getText()).startsWith("Toestemming ouders: niet vastgelegd");

        test(panel.invite.partner).selectItem("Cas Coach – Jeugd- en gezinscoach");
        test(panel.invite.invite).click();
        assertThat(test($(Notification.class).last()).getText()).startsWith("Uitnodigen kan niet: er is geen geldige toestemming");
        assertThat(panel.invite.partner.isInvalid()).isTrue();

        test(panel.consentEditor.give).click();
        assertThat(panel.consentEditor.givenBy.isInvalid()).isTrue();
        assertThat(panel.consentEditor.scope.isInvalid()).isTrue();
        test(panel.consentEditor.givenBy).setValue("Marieke Test (moeder)");
        test(panel.consentEditor.scope).selectItem("Jeugd- en gezinscoach");
        test(panel.consentEditor.give).click();
        assertThat(panel.consent.getText()).startsWith("Toestemming ouders: gegeven op");
        assertThat(panel.invite.partner.isInvalid()).as("the refusal's red mark is gone once consent is given").isFalse();

        test(panel.invite.partner).selectItem("Cas Coach – Jeugd- en gezinscoach");
        test(panel.invite.invite).click();
        assertThat(test($(Notification.class).last()).getText()).isEqualTo("Cas Coach is uitgenodigd en vindt de casus in de eigen takenlijst.");
        assertThat(panel.accounts.getListDataView().getItems()).anyMatch(p -> p.username().equals("t-coach")
                && p.role() == ParticipantRole.YOUTH_COACH && "Jeugd- en gezinsteam".equals(p.organisation()));
        sharing.openTaskOf(route.caseId(), "t-coach");
    }

    private static int rowIndex(SharedCasesView view, long caseId) {
        var items = view.grid.getListDataView().getItems().toList();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).caseId() == caseId) {
                return i;
            }
        }
        throw new AssertionError("case " + caseId + " not listed");
    }
}
