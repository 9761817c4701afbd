package nl.aanwezig.cases.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import nl.aanwezig.cases.MedicalNotes;
import nl.aanwezig.cases.MedicalNotes.OwnNote;
import nl.aanwezig.security.AuditEntries;
import nl.aanwezig.support.AsUser;
import nl.aanwezig.support.IntegrationTest;
import nl.aanwezig.support.Routes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** The jeugdarts keeps reading the medical notes she wrote herself after consent is withdrawn (WGBO), and only those. */
@IntegrationTest
class OwnMedicalNotesIntegrationTest {

    /** The app's clock (school time), not the machine's zone: the dates the app writes are of this clock. */
    @org.springframework.beans.factory.annotation.Autowired java.time.Clock appClock;

    @Autowired Routes routes;
    @Autowired SharingTestSupport sharing;
    @Autowired SharedCaseService shared;
    @Autowired ContributionService contributions;
    @Autowired ConsentService consents;
    @Autowired MedicalNotes medicalNotes;
    @Autowired AuditEntries audit;
    @Autowired JdbcTemplate jdbc;

    @Test
    void after_withdrawal_the_jeugdarts_reads_her_own_note_but_not_the_plan_and_writes_no_new_note() {
        var route = routes.emptyChair("hj-own-note", "t-mentor");
        sharing.consentAndInvite(route.caseId(), "t-jeugdarts", ParticipantRole.JEUGDARTS);
        AsUser.run("t-jeugdarts", "JEUGDARTS", () -> contributions.contribute(route.caseId(), new ContributionForm(
                Contribution.Kind.NOTE, "Advies: rustig opbouwen.", "Buikpijn, huisarts ingelicht.")));

        AsUser.run("t-oc", "OC", () -> consents.withdraw(route.caseId(),
                new WithdrawalForm(LocalDate.now(appClock), "Marieke Test (moeder)", "Wil geen externe partners meer.")));

        assertThat(AsUser.call("t-jeugdarts", "JEUGDARTS", () -> medicalNotes.mine()))
                .filteredOn(n -> n.pupilId() == route.pupil().id()).extracting(OwnNote::text)
                .containsExactly("Buikpijn, huisarts ingelicht.");
        assertThat(jdbc.queryForObject("""
                select count(*) from audit_log where pupil_id = ? and username = 't-jeugdarts'
                and action = 'MEDICAL_NOTE_READ_OWN' and allowed""", Integer.class, route.pupil().id())).isEqualTo(1);
        assertThatThrownBy(() -> AsUser.run("t-jeugdarts", "JEUGDARTS", () -> shared.view(route.caseId())))
                .as("the case itself stays closed: no plan, no figures").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.run("t-jeugdarts", "JEUGDARTS", () -> medicalNotes.of(route.pupil().id())))
                .as("nor the notes through the case").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.run("t-jeugdarts", "JEUGDARTS", () -> contributions.contribute(route.caseId(),
                new ContributionForm(Contribution.Kind.NOTE, "Nog een advies.", "Nieuwe medische notitie."))))
                .as("no new notes after withdrawal").isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject("select count(*) from medical_note where pupil_id = ?", Integer.class,
                route.pupil().id())).isEqualTo(1);
    }

    @Test
    void another_jeugdarts_does_not_see_the_note_and_the_oc_reads_no_medical_notes() {
        var route = routes.emptyChair("hj-other-doc", "t-mentor");
        sharing.consentAndInvite(route.caseId(), "t-jeugdarts", ParticipantRole.JEUGDARTS);
        AsUser.run("t-jeugdarts", "JEUGDARTS", () -> contributions.contribute(route.caseId(), new ContributionForm(
                Contribution.Kind.NOTE, "Advies: halve dagen.", "Slaapproblemen.")));

        assertThat(AsUser.call("t-jeugdarts", "JEUGDARTS", () -> medicalNotes.of(route.pupil().id())))
                .as("written by the name people know, not the login").extracting(MedicalNotes.Note::author)
                .containsExactly("Jan Jeugdarts");
        assertThat(AsUser.call("k-jeugdarts", "JEUGDARTS", () -> medicalNotes.mine()))
                .noneMatch(n -> n.pupilId() == route.pupil().id());
        assertThatThrownBy(() -> AsUser.run("t-oc", "OC", () -> medicalNotes.mine()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.run("t-oc", "OC", () -> medicalNotes.of(route.pupil().id())))
                .isInstanceOf(AccessDeniedException.class);
    }
}
