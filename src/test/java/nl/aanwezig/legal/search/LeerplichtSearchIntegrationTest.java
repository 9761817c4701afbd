package nl.aanwezig.legal.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.legal.exemption.ExemptionService;
import nl.aanwezig.legal.exemption.Notice;
import nl.aanwezig.legal.exemption.Statement;
import nl.aanwezig.school.Pupil;
import nl.aanwezig.school.Sector;
import nl.aanwezig.support.AsUser;
import nl.aanwezig.support.IntegrationTest;
import nl.aanwezig.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Leerplicht finds pupils by name or number only among the schools they serve, with links to what they may open. */
@IntegrationTest
class LeerplichtSearchIntegrationTest {

    /** The app's clock (school time), not the machine's zone: the dates the app writes are of this clock. */
    @org.springframework.beans.factory.annotation.Autowired java.time.Clock appClock;

    @Autowired LeerplichtSearch search;
    @Autowired ExemptionService exemptions;
    @Autowired TestData data;

    @Test
    void a_pupil_of_a_school_outside_the_officers_area_is_not_found() {
        Pupil served = data.pupil(data.school("TXVO", Sector.VO), "hl-srch-1", "EX6", null);
        Pupil elsewhere = data.pupil(data.school("T1VO", Sector.VO), "hl-srch-2", "1A", "t-mentor");

        assertThat(AsUser.call("t-lp-regio", "LEERPLICHT", () -> search.find("kimhl-srch")))
                .extracting(PupilHit::pupilId).contains(served.id()).doesNotContain(elsewhere.id());
        assertThat(AsUser.call("t-lp-regio", "LEERPLICHT", () -> search.find("hl-srch-2"))).isEmpty();
        assertThat(AsUser.call("t-leerplicht", "LEERPLICHT", () -> search.find("Kimhl-srch")))
                .as("the other officer serves T1VO as its partner, not the region of TXVO")
                .extracting(PupilHit::pupilId).contains(elsewhere.id()).doesNotContain(served.id());
    }

    @Test
    void a_pupil_is_found_by_number_with_birth_date_school_class_and_the_exemption_to_open() {
        Pupil p = data.pupil(data.school("TXVO", Sector.VO), "hl-srch-3", "EX6", null);
        long exemption = AsUser.call("t-lp-regio", "LEERPLICHT", () -> exemptions.register(new Notice(p.id(),
                LocalDate.now(appClock), "Ouders", new Statement("Dr. A", true, false, LocalDate.now(appClock), "Thuis.", false), null)));

        PupilHit hit = AsUser.call("t-lp-regio", "LEERPLICHT", () -> search.find(" HL-SRCH-3 ")).getFirst();
        assertThat(hit.name()).isEqualTo("Kimhl-srch-3 Test");
        assertThat(hit.birthDate()).isEqualTo(LocalDate.of(2012, 5, 1));
        assertThat(hit.brin()).isEqualTo("TXVO");
        assertThat(hit.className()).isEqualTo("EX6");
        assertThat(hit.exemptions()).containsExactly(exemption);
        assertThat(hit.duoReports()).isEmpty();
        assertThat(hit.sharedCase()).isFalse();
    }

    @Test
    void one_character_is_refused_and_other_roles_may_not_search() {
        assertThatThrownBy(() -> AsUser.call("t-lp-regio", "LEERPLICHT", () -> search.find("k")))
                .isInstanceOf(UserFacingException.class).hasMessage("lpsearch.error.query.tooShort");
        assertThatThrownBy(() -> AsUser.call("t-oc", "OC", () -> search.find("kim")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.call("t-jeugdarts", "JEUGDARTS", () -> search.find("kim")))
                .isInstanceOf(AccessDeniedException.class);
    }
}
