package nl.aanwezig.cases.family;

import static org.assertj.core.api.Assertions.assertThat;

import nl.aanwezig.cases.tier3.CasePlanService;
import nl.aanwezig.support.AsUser;
import nl.aanwezig.support.IntegrationTest;
import nl.aanwezig.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A parent's way through the family pages' services: join, read the plan, give a view, agree. */
@IntegrationTest
class FamilyJourneyIntegrationTest {

    @Autowired TestClock testClock;

    @Autowired FamilyTestSupport family;
    @Autowired FamilyChildren children;
    @Autowired FamilyViews views;
    @Autowired FamilyAgreements agreements;
    @Autowired CasePlanService casePlans;
    @Autowired JdbcTemplate jdbc;

    /** The steps to an orange plan set the app's clock to the engine's; the shared context runs on real time after. */
    @AfterEach
    void realTimeAgain() {
        testClock.reset();
    }

    @Test
    void a_joined_parent_reads_the_plan_gives_a_view_and_agrees_which_lands_on_the_timeline() {
        var c = family.orangePlan("fj-journey");
        String parent = family.join(c.caseId(), FamilyKind.PARENT, "Petra Ouder", true, "fj-petra");

        ChildPage page = AsUser.call(parent, "OUDER", () -> children.child(c.pupil().id()));
        assertThat(page.plan()).isNotNull();
        assertThat(page.plan().goals()).extracting(g -> g.description()).contains("Elke ochtend het eerste uur aanwezig");
        assertThat(page.regievoerder().name()).isEqualTo("Olaf OC");
        assertThat(page.mayAgree()).isTrue();
        // the empty chair's day: six lessons, the first two absent without a known reason
        assertThat(page.weeks()).singleElement().satisfies(w -> {
            assertThat(w.present()).isEqualTo(4);
            assertThat(w.lessons()).isEqualTo(6);
        });
        assertThat(page.agreement().answers()).singleElement().satisfies(a -> assertThat(a.agreed()).isNull());

        AsUser.run(parent, "OUDER", () -> views.give(c.pupil().id(), null,
                new ViewForm("Ze staat weer op tijd op.", "De maandag.", "Rustiger beginnen.")));
        AsUser.run(parent, "OUDER", () -> agreements.decide(c.pupil().id(), true, null));

        ChildPage after = AsUser.call(parent, "OUDER", () -> children.child(c.pupil().id()));
        assertThat(after.agreement().answers()).singleElement().satisfies(a -> assertThat(a.agreed()).isTrue());
        assertThat(after.views()).singleElement().satisfies(v -> assertThat(v.goesWell()).isEqualTo("Ze staat weer op tijd op."));
        assertThat(jdbc.queryForList("select summary from case_event where case_id = ? and type = 'FAMILY' order by id",
                String.class, c.caseId())).contains("Ouder/verzorger Petra Ouder heeft de uitnodiging aangenomen",
                "Stem van Ouder/verzorger Petra Ouder gegeven", "Ouder/verzorger Petra Ouder gaat akkoord met het plan");
        assertThat(AsUser.call("t-oc", "OC", () -> views.ofCase(c.caseId()))).hasSize(1);
    }
}
