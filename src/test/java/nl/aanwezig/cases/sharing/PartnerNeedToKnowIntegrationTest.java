package nl.aanwezig.cases.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.aanwezig.attendance.RegistrationsImported;
import nl.aanwezig.attendance.SignalType;
import nl.aanwezig.attendance.figures.Period;
import nl.aanwezig.attendance.figures.PyramidPupils;
import nl.aanwezig.attendance.figures.PyramidService;
import nl.aanwezig.attendance.figures.PyramidService.PeriodChoice;
import nl.aanwezig.attendance.figures.PyramidService.Query;
import nl.aanwezig.attendance.signals.SignalStore.StoredSignal;
import nl.aanwezig.cases.DossierAccess;
import nl.aanwezig.cases.SignalListService;
import nl.aanwezig.cases.dossier.DossierService;
import nl.aanwezig.cases.tier3.Tier3People;
import nl.aanwezig.security.PupilAccess;
import nl.aanwezig.support.AsUser;
import nl.aanwezig.support.IntegrationTest;
import nl.aanwezig.support.Routes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;

/**
 * Issue #17: what a partner sees of a pupil outside the shared case itself (the pyramid's named pupils, the school's
 * signal list, the pupil page) follows the same need-to-know rules: only while taking part in the pupil's open case,
 * and only the parts their role sees. Pupils here are "ntk-..." of the fixture's school T1VO.
 */
@IntegrationTest
class PartnerNeedToKnowIntegrationTest {

    @Autowired Routes routes;
    @Autowired SharingTestSupport sharing;
    @Autowired ConsentService consents;
    @Autowired InvitationService invitations;
    @Autowired SharedCaseService shared;
    @Autowired DossierService dossiers;
    @Autowired DossierAccess dossierAccess;
    @Autowired SignalListService signalList;
    @Autowired PyramidService pyramids;
    @Autowired PyramidPupils pyramidPupils;
    @Autowired ApplicationEventPublisher events;
    @Autowired Tier3People people;

    @Test
    void the_swv_consultant_taking_part_in_a_case_is_not_named_the_pupil_in_the_pyramid_a_name_there_is_a_figure() {
        var route = emptyChairCounted("ntk-swv-pyr");
        sharing.consentAndInvite(route.caseId(), "t-swv", ParticipantRole.SWV_CONSULTANT);

        var listing = AsUser.call("t-swv", "SWV", () -> pyramidPupils.pupils(wholeYearOfT1vo(), null));

        assertThat(listing.pupils()).extracting(PyramidPupils.Line::pupilId).doesNotContain(route.pupil().id());
        assertThat(listing.hidden()).as("still counted").isPositive();
    }

    @Test
    void leerplicht_taking_part_in_a_case_is_named_the_pupil_with_its_figure_in_the_pyramid() {
        var route = emptyChairCounted("ntk-lp-pyr");
        AsUser.run("t-oc", "OC", () -> invitations.invite(route.caseId(), "t-leerplicht", null));

        var listing = AsUser.call("t-leerplicht", "LEERPLICHT", () -> pyramidPupils.pupils(wholeYearOfT1vo(), null));

        assertThat(listing.pupils()).filteredOn(l -> l.pupilId() == route.pupil().id()).singleElement()
                .satisfies(l -> assertThat(l.attendancePct()).isNotNull());
    }

    @Test
    void a_partner_whose_access_ended_with_withdrawn_consent_sees_the_pupil_nowhere() {
        var route = routes.emptyChair("ntk-removed", "t-mentor");
        sharing.consentAndInvite(route.caseId(), "t-jeugdarts", ParticipantRole.JEUGDARTS);
        assertThat(emptyChairsFor("t-jeugdarts", "JEUGDARTS")).as("while taking part").contains("ntk-removed");

        AsUser.run("t-oc", "OC", () -> consents.withdraw(route.caseId(),
                new WithdrawalForm(LocalDate.now(), "Marieke Test (moeder)", "Wil geen externe partners meer.")));

        // the facts every list of pupils asks (the pyramid's among them) no longer count them as taking part
        assertThat(dossierAccess.factsOf(List.of(route.pupil().id()))).singleElement()
                .extracting(PupilAccess::participants).satisfies(p -> assertThat(p).doesNotContain("t-jeugdarts"));
        assertThat(emptyChairsFor("t-jeugdarts", "JEUGDARTS")).doesNotContain("ntk-removed");
        assertThatThrownBy(() -> AsUser.run("t-jeugdarts", "JEUGDARTS", () -> dossiers.dossier(route.pupil().id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.run("t-jeugdarts", "JEUGDARTS", () -> shared.view(route.caseId())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_removed_partner_is_no_longer_offered_as_regievoerder_or_owner_of_an_intervention() {
        var route = routes.emptyChair("ntk-removed-owner", "t-mentor");
        sharing.consentAndInvite(route.caseId(), "t-jeugdarts", ParticipantRole.JEUGDARTS);
        assertThat(AsUser.call("t-oc", "OC", () -> people.eligible(route.caseId())))
                .extracting(Tier3People.Person::username).contains("t-jeugdarts");

        AsUser.run("t-oc", "OC", () -> consents.withdraw(route.caseId(),
                new WithdrawalForm(LocalDate.now(), "Marieke Test (moeder)", "Wil geen externe partners meer.")));

        assertThat(AsUser.call("t-oc", "OC", () -> people.eligible(route.caseId())))
                .extracting(Tier3People.Person::username).doesNotContain("t-jeugdarts").contains("t-mentor");
    }

    @Test
    void partners_serving_the_school_list_only_signals_of_pupils_whose_case_they_take_part_in_the_oc_lists_all() {
        var theirs = routes.emptyChair("ntk-sig-theirs", "t-mentor");
        routes.emptyChair("ntk-sig-other", "t-mentor");
        sharing.consentAndInvite(theirs.caseId(), "t-jeugdarts", ParticipantRole.JEUGDARTS);
        AsUser.run("t-oc", "OC", () -> invitations.invite(theirs.caseId(), "t-leerplicht", null));

        assertThat(emptyChairsFor("t-jeugdarts", "JEUGDARTS")).contains("ntk-sig-theirs").doesNotContain("ntk-sig-other");
        assertThat(emptyChairsFor("t-leerplicht", "LEERPLICHT")).contains("ntk-sig-theirs").doesNotContain("ntk-sig-other");
        assertThat(emptyChairsFor("t-oc", "OC")).contains("ntk-sig-theirs", "ntk-sig-other");
    }

    @Test
    void leerplicht_keeps_the_signals_of_its_case_after_consent_is_withdrawn_its_access_is_statutory() {
        var route = routes.emptyChair("ntk-sig-statutory", "t-mentor");
        sharing.consentAndInvite(route.caseId(), "t-jeugdarts", ParticipantRole.JEUGDARTS);
        AsUser.run("t-oc", "OC", () -> invitations.invite(route.caseId(), "t-leerplicht", null));

        AsUser.run("t-oc", "OC", () -> consents.withdraw(route.caseId(),
                new WithdrawalForm(LocalDate.now(), "Marieke Test (moeder)", "Geen externe partners.")));

        assertThat(emptyChairsFor("t-leerplicht", "LEERPLICHT")).contains("ntk-sig-statutory");
        assertThat(emptyChairsFor("t-jeugdarts", "JEUGDARTS")).doesNotContain("ntk-sig-statutory");
    }

    private List<String> emptyChairsFor(String username, String role) {
        LocalDate day = routes.schoolDay();
        return AsUser.call(username, role, () -> signalList.signals(routes.school(), SignalType.EMPTY_CHAIR, day, day))
                .stream().map(StoredSignal::leerling).toList();
    }

    /** An empty chair whose day also counts in the figures: the pyramid reads the aggregates an import refreshes. */
    private Routes.Started emptyChairCounted(String leerling) {
        var route = routes.emptyChair(leerling, "t-mentor");
        events.publishEvent(new RegistrationsImported(Set.of(routes.school().id()), routes.schoolDay(), routes.schoolDay()));
        return route;
    }

    /** The pyramid of T1VO over the school year of today's empty chairs, as the partner asking chooses it. */
    private Query wholeYearOfT1vo() {
        long schoolId = routes.school().id();
        PyramidService.Target t1vo = pyramids.targets().stream()
                .filter(t -> Long.valueOf(schoolId).equals(t.schoolId())).findFirst().orElseThrow();
        return new Query(t1vo, Period.schoolYearOf(routes.schoolDay()), PeriodChoice.SCHOOL_YEAR, null, null);
    }
}
