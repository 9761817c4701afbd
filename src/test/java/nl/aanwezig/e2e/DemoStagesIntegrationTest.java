package nl.aanwezig.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;
import nl.aanwezig.cases.CaseStage;
import nl.aanwezig.cases.dossier.CaseListService;
import nl.aanwezig.legal.deviation.DeviationService;
import nl.aanwezig.legal.exemption.ExemptionService;
import nl.aanwezig.school.Schools;
import nl.aanwezig.support.AsUser;
import nl.aanwezig.support.Eventually;
import nl.aanwezig.support.SecurityStrategyListener;
import nl.aanwezig.cases.family.ChildPage;
import nl.aanwezig.cases.family.FamilyAgreements;
import nl.aanwezig.cases.family.FamilyChildren;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.TestExecutionListeners;

/**
 * The demo data at a first start holds a case in every stage of the tier-3 route, the red one with an approved
 * onderwijstijd deviation, and an exemption notice for leerplicht. Same context as {@link MentorFlowBrowserTest}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "aanwezig.db.data-dir=${java.io.tmpdir}/aanwezig-e2e-${random.uuid}", "aanwezig.db.port=0",
    "aanwezig.engine.port=0", "aanwezig.demo-data=true"})
// the services are called as demo users: the thread-local security context, whatever strategy Vaadin set
@TestExecutionListeners(listeners = SecurityStrategyListener.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
class DemoStagesIntegrationTest {

    @Autowired CaseListService cases;
    @Autowired DeviationService deviations;
    @Autowired ExemptionService exemptions;
    @Autowired Schools schools;
    @Autowired FamilyChildren family;

    @Test
    void the_demo_holds_cases_in_every_tier3_stage_an_approved_deviation_and_an_exemption_notice() {
        var vo = schools.findByBrin("12AB").orElseThrow();
        Set<CaseStage> wanted = Set.of(CaseStage.SAT_ANALYSIS, CaseStage.YELLOW_MONITORING, CaseStage.ORANGE_PLAN,
                CaseStage.RED_ARRANGEMENT);
        Eventually.until(() -> AsUser.call("oc", "OC", () -> cases.casesOfSchool(vo, null)).stream()
                .map(CaseListService.CaseRow::stage).collect(Collectors.toSet()).containsAll(wanted),
                Duration.ofSeconds(120), "the demo's cases in every tier-3 stage");
        Eventually.until(() -> !AsUser.call("leerplicht", "LEERPLICHT", () -> exemptions.list()).isEmpty(),
                Duration.ofSeconds(60), "the demo's exemption notice");
        var orange = AsUser.call("oc", "OC", () -> cases.casesOfSchool(vo, CaseStage.ORANGE_PLAN)).getFirst();
        assertThat(orange.participants()).extracting(CaseListService.Participant::role)
                .contains("LEERPLICHT", "JEUGDARTS");
        assertThat(AsUser.call("oc", "OC", () -> deviations.ofSchool())).singleElement()
                .satisfies(d -> assertThat(d.status().name()).isEqualTo("APPROVED"));
    }

    @Test
    void the_demo_orange_case_has_both_parents_and_the_pupil_one_view_given_and_the_plan_agreed_by_one_parent() {
        Eventually.until(() -> AsUser.call("ouder", "OUDER", () -> family.children()).size() == 1
                && !AsUser.call("ouder", "OUDER", () -> family.child(family.children().getFirst().pupilId())).views()
                        .isEmpty(), Duration.ofSeconds(180), "the demo family's view");
        long child = AsUser.call("leerling", "LEERLING", () -> family.children()).getFirst().pupilId();
        ChildPage page = AsUser.call("ouder2", "OUDER", () -> family.child(child));
        assertThat(page.plan()).isNotNull();
        assertThat(page.views()).hasSize(1);
        Eventually.until(() -> AsUser.call("ouder2", "OUDER", () -> family.child(child)).agreement().answers().stream()
                .anyMatch(a -> Boolean.TRUE.equals(a.agreed())), Duration.ofSeconds(60), "the first parent's agreement");
        assertThat(AsUser.call("ouder2", "OUDER", () -> family.child(child)).agreement().answers())
                .extracting(FamilyAgreements.Answer::name, FamilyAgreements.Answer::agreed)
                .contains(org.assertj.core.groups.Tuple.tuple(page.agreement().answers().stream()
                        .filter(a -> a.name().startsWith("Ahmed")).findFirst().orElseThrow().name(), null));
    }
}
