package nl.aanwezig.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import nl.aanwezig.security.AuditEntries;
import nl.aanwezig.security.AuditEntry;
import nl.aanwezig.security.AuditLog;
import nl.aanwezig.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** Refused and unknown screens show one Dutch page each, without Vaadin's route list, and are audited. */
@IntegrationTest
class RefusalPagesTest extends SpringBrowserlessTest {

    @Autowired AuditEntries audit;

    @Test
    @WithMockUser(username = "rp-mentor", roles = "MENTOR")
    void a_mentor_at_the_case_list_sees_the_dutch_not_allowed_page_and_the_attempt_is_audited() {
        AccessDeniedView page = navigate("dossiers", AccessDeniedView.class);
        assertThat(page.title.getText()).isEqualTo("Geen toegang");
        assertNoRouteList();
        assertThat(audit.findByUsernameOrderByIdAsc("rp-mentor")).extracting(AuditEntry::action, AuditEntry::detail)
                .contains(org.assertj.core.groups.Tuple.tuple(AuditLog.PAGE_REFUSED, "/dossiers"));
    }

    @Test
    @WithMockUser(username = "rp-admin", roles = "ADMIN")
    void an_admin_at_a_pupil_page_sees_the_dutch_not_allowed_page() {
        AccessDeniedView page = navigate("leerling/1", AccessDeniedView.class);
        assertThat(page.text.getText()).contains("De poging is vastgelegd");
        assertNoRouteList();
        assertThat(audit.findByUsernameOrderByIdAsc("rp-admin")).extracting(AuditEntry::action).contains(AuditLog.PAGE_REFUSED);
    }

    @Test
    @WithMockUser(username = "rp-unknown", roles = "OC")
    void an_unknown_address_shows_the_dutch_not_found_page() {
        NotFoundView page = navigate("bestaat-niet", NotFoundView.class);
        assertThat(page.title.getText()).isEqualTo("Pagina niet gevonden");
        assertNoRouteList();
        assertThat(audit.findByUsernameOrderByIdAsc("rp-unknown")).extracting(AuditEntry::action, AuditEntry::detail)
                .contains(org.assertj.core.groups.Tuple.tuple(AuditLog.PAGE_NOT_FOUND, "/bestaat-niet"));
    }

    @Test
    @WithMockUser(username = "rp-malformed", roles = "MENTOR")
    void a_malformed_pupil_address_shows_the_dutch_not_found_page() {
        NotFoundView page = navigate("leerling/abc", NotFoundView.class);
        assertThat(page.title.getText()).isEqualTo("Pagina niet gevonden");
        assertNoRouteList();
    }

    private void assertNoRouteList() {
        String text = UI.getCurrent().getElement().getTextRecursively();
        assertThat(text).doesNotContain("Available routes", "Could not navigate", "vandaag", "dossiers", "import");
    }
}
