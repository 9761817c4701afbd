package nl.aanwezig.cases.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import nl.aanwezig.admin.AccountAdmin;
import nl.aanwezig.admin.AccountForm;
import nl.aanwezig.support.AsUser;
import nl.aanwezig.support.IntegrationTest;
import nl.aanwezig.support.Routes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An invited partner is named with the real organisation the admin entered, not a generic one. */
@IntegrationTest
class PartnerOrganisationIntegrationTest {

    @Autowired Routes routes;
    @Autowired AccountAdmin accounts;
    @Autowired InvitationService invitations;
    @Autowired ParticipantService participants;

    @Test
    void an_invited_partner_carries_the_organisation_of_their_account_not_gemeente_afdeling_leerplicht() {
        AsUser.run("t-admin", "ADMIN", () -> accounts.create(new AccountForm("hj-org-lp", "Lotte Leerplicht",
                "LEERPLICHT", null, null, null, "Gemeente Testdam, afdeling leerplicht")));
        var route = routes.emptyChair("hj-org", "t-mentor");

        AsUser.run("t-oc", "OC", () -> invitations.invite(route.caseId(), "hj-org-lp", null));

        var overview = AsUser.call("t-oc", "OC", () -> participants.overview(route.caseId()));
        assertThat(overview.participants()).filteredOn(p -> p.username().equals("hj-org-lp"))
                .extracting(Participant::organisation).containsExactly("Gemeente Testdam, afdeling leerplicht");
    }
}
