package nl.aanwezig.cases.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.time.LocalDate;
import nl.aanwezig.cases.MedicalNotes.OwnNote;
import nl.aanwezig.cases.sharing.ConsentService;
import nl.aanwezig.cases.sharing.Contribution;
import nl.aanwezig.cases.sharing.ContributionForm;
import nl.aanwezig.cases.sharing.ContributionService;
import nl.aanwezig.cases.sharing.ParticipantRole;
import nl.aanwezig.cases.sharing.SharingTestSupport;
import nl.aanwezig.cases.sharing.WithdrawalForm;
import nl.aanwezig.support.AsUser;
import nl.aanwezig.support.IntegrationTest;
import nl.aanwezig.support.Routes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** "Mijn medische aantekeningen" for the jeugdarts, driven without a browser. */
@IntegrationTest
class MyMedicalNotesViewTest extends SpringBrowserlessTest {

    @Autowired Routes routes;
    @Autowired SharingTestSupport sharing;
    @Autowired ContributionService contributions;
    @Autowired ConsentService consents;

    @Test
    @WithMockUser(username = "t-jeugdarts", roles = "JEUGDARTS")
    void my_medical_notes_lists_my_note_of_a_case_whose_consent_was_withdrawn() {
        var route = routes.emptyChair("hj-ui-notes", "t-mentor");
        sharing.consentAndInvite(route.caseId(), "t-jeugdarts", ParticipantRole.JEUGDARTS);
        AsUser.run("t-jeugdarts", "JEUGDARTS", () -> contributions.contribute(route.caseId(), new ContributionForm(
                Contribution.Kind.NOTE, "Advies: rustig aan.", "Astma, longarts.")));
        AsUser.run("t-oc", "OC", () -> consents.withdraw(route.caseId(),
                new WithdrawalForm(LocalDate.now(), "Marieke Test (moeder)", "Liever niet meer.")));

        MyMedicalNotesView view = navigate(MyMedicalNotesView.class);
        assertThat(view.grid.getListDataView().getItems().filter(n -> n.pupilId() == route.pupil().id())
                .map(OwnNote::text)).containsExactly("Astma, longarts.");
        assertThat(view.empty.getText()).isEmpty();
    }
}
