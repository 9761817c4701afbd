package nl.aanwezig.cases.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.aanwezig.support.AsUser;
import nl.aanwezig.support.IntegrationTest;
import nl.aanwezig.support.Routes;
import nl.aanwezig.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The family's voice for the staff: whoever may read the case, nobody else. */
@IntegrationTest
class FamilyVoiceIntegrationTest {

    @Autowired TestClock testClock;

    @Autowired FamilyTestSupport family;
    @Autowired FamilyVoice voice;
    @Autowired FamilyViews views;

    /** The steps to an orange plan set the app's clock to the engine's; the shared context runs on real time after. */
    @AfterEach
    void realTimeAgain() {
        testClock.reset();
    }

    @Test
    void the_mentor_of_the_pupil_reads_the_views_and_the_agreement_newest_first() {
        Routes.Started c = family.orangePlan("fa-voice");
        String parent = family.join(c.caseId(), FamilyKind.PARENT, "Els Wit", true, "fa-els");
        AsUser.run(parent, "OUDER", () -> views.give(c.pupil().id(), null, new ViewForm("Eerst", null, null)));
        AsUser.run(parent, "OUDER", () -> views.give(c.pupil().id(), null, new ViewForm("Daarna", null, null)));

        FamilyVoice.ForStaff f = AsUser.call("t-mentor", "MENTOR", () -> voice.forStaff(c.caseId()));

        assertThat(f.views()).extracting(FamilyViews.Voice::goesWell).containsExactly("Daarna", "Eerst");
        assertThat(f.previousEvaluation()).isNull();
        assertThat(f.agreement().planId()).isNotNull();
        assertThat(f.agreement().answers()).singleElement()
                .satisfies(a -> assertThat(a.name()).isEqualTo("Els Wit"))
                .satisfies(a -> assertThat(a.agreed()).isNull());
    }

    @Test
    void the_oc_of_another_school_is_refused() {
        Routes.Started c = family.orangePlan("fa-voice-other");
        assertThatThrownBy(() -> AsUser.call("t-oc2", "OC", () -> voice.forStaff(c.caseId())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_family_account_is_refused() {
        Routes.Started c = family.orangePlan("fa-voice-family");
        String parent = family.join(c.caseId(), FamilyKind.PARENT, "Ad Wit", true, "fa-ad");
        assertThatThrownBy(() -> AsUser.call(parent, "OUDER", () -> voice.forStaff(c.caseId())))
                .isInstanceOf(AccessDeniedException.class);
    }
}
