package nl.aanwezig.cases.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.cases.sharing.ParticipantRole;
import nl.aanwezig.cases.sharing.SharedCaseService;
import nl.aanwezig.cases.sharing.SharedPlan;
import nl.aanwezig.cases.sharing.SharingTestSupport;
import nl.aanwezig.cases.tier3.PlanForm;
import nl.aanwezig.cases.tier3.PlanService;
import nl.aanwezig.cases.tier3.Tier3Decisions.GoalDomain;
import nl.aanwezig.security.PasswordPolicy;
import nl.aanwezig.security.StaffAccounts;
import nl.aanwezig.support.AsUser;
import nl.aanwezig.support.IntegrationTest;
import nl.aanwezig.support.TestClock;
import nl.aanwezig.support.Tier3Steps;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Issue #20 item 9, the rules behind the buttons: consent by age and authority (leerplicht statutory; withdrawing the
 * jeugdarts's consent ends their access), who can be invited, one-time and expiring links, the password policy at
 * acceptance, an empty view, a disagreement without reason, and a material change of the plan that asks again. Each
 * refusal by its message key, with nothing stored.
 */
@IntegrationTest
class FamilyRulesIntegrationTest {

    @Autowired FamilyTestSupport family;
    @Autowired FamilyChildren children;
    @Autowired FamilyViews views;
    @Autowired FamilyAgreements agreements;
    @Autowired FamilyConsents consents;
    @Autowired FamilyInvitations invitations;
    @Autowired SharingTestSupport sharing;
    @Autowired SharedCaseService shared;
    @Autowired PlanService plans;
    @Autowired PasswordPolicy policy;
    @Autowired StaffAccounts accounts;
    @Autowired Tier3Steps steps;
    @Autowired TestClock clock;
    @Autowired JdbcTemplate jdbc;

    /** The steps to an orange plan set the app's clock to the engine's; the shared context runs on real time after. */
    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    @Test
    void a_pupil_of_12_to_15_may_withdraw_consent_but_not_give_it() {
        var route = family.orangePlan("fr-consent14");
        long pupilId = route.pupil().id();
        String pupil = family.join(route.caseId(), FamilyKind.PUPIL, "Tim Veertien", false, "fr-leerling-14");

        refusedWith(pupil, "LEERLING", () -> consents.set(pupilId, ParticipantRole.JEUGDARTS, true),
                "family.error.consentParentsGive");
        AsUser.call(pupil, "LEERLING", () -> consents.set(pupilId, ParticipantRole.JEUGDARTS, false));
    }

    @Test
    void from_16_the_parent_may_not_change_consent_the_pupil_decides() {
        var route = family.orangePlan("fr-consent16");
        long pupilId = route.pupil().id();
        String parent = family.join(route.caseId(), FamilyKind.PARENT, "Roos Zestien", true, "fr-ouder-16");
        String pupil = family.join(route.caseId(), FamilyKind.PUPIL, "Rik Zestien", false, "fr-leerling-16");
        family.age(pupilId, 16, steps.today());

        refusedWith(parent, "OUDER", () -> consents.set(pupilId, ParticipantRole.YOUTH_COACH, true),
                "family.error.consentPupilDecides");
        refusedWith(parent, "OUDER", () -> consents.set(pupilId, ParticipantRole.YOUTH_COACH, false),
                "family.error.consentPupilDecides");
        assertThat(AsUser.call(pupil, "LEERLING", () -> consents.set(pupilId, ParticipantRole.YOUTH_COACH, true)))
                .isTrue();
    }

    @Test
    void leerplicht_cannot_be_withdrawn_and_withdrawing_the_jeugdarts_consent_ends_the_jeugdarts_access() {
        var route = family.orangePlan("fr-statutory");
        long pupilId = route.pupil().id();
        String parent = family.join(route.caseId(), FamilyKind.PARENT, "Sara Wet", true, "fr-ouder-wet");
        sharing.consentAndInvite(route.caseId(), "t-jeugdarts", ParticipantRole.JEUGDARTS);
        AsUser.call("t-jeugdarts", "JEUGDARTS", () -> shared.view(route.caseId()));

        refusedWith(parent, "OUDER", () -> consents.set(pupilId, ParticipantRole.LEERPLICHT, false),
                "family.error.statutory");
        assertThat(AsUser.call(parent, "OUDER", () -> consents.set(pupilId, ParticipantRole.JEUGDARTS, false)))
                .isTrue();

        assertThatThrownBy(() -> AsUser.call("t-jeugdarts", "JEUGDARTS", () -> shared.view(route.caseId())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(AsUser.call(parent, "OUDER", () -> consents.overview(pupilId)).roles())
                .filteredOn(s -> s.role() == ParticipantRole.JEUGDARTS).singleElement()
                .satisfies(s -> assertThat(s.consented()).isFalse());
    }

    @Test
    void a_pupil_under_12_cannot_be_invited() {
        var route = family.orangePlan("fr-young");
        family.age(route.pupil().id(), 11, steps.today());

        assertThatThrownBy(() -> family.invite(route.caseId(), FamilyKind.PUPIL, "Kim Klein", false))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(key(e))
                        .isEqualTo("family.error.pupilTooYoung"));
        assertThat(jdbc.queryForObject("select count(*) from family_link where pupil_id = ?", Integer.class,
                route.pupil().id())).isZero();
    }

    @Test
    void an_invitation_link_works_once() {
        var route = family.orangePlan("fr-once");
        String token = FamilyTestSupport.token(family.invite(route.caseId(), FamilyKind.PARENT, "Olle Eens", true));
        invitations.accept(token, "fr-ouder-once", FamilyTestSupport.PASSWORD, FamilyTestSupport.PASSWORD);

        assertThat(invitations.describe(token)).isEmpty();
        invalid(() -> invitations.accept(token, "fr-ouder-twice", FamilyTestSupport.PASSWORD,
                FamilyTestSupport.PASSWORD));
        assertThat(accounts.existsById("fr-ouder-twice")).isFalse();
    }

    @Test
    void an_expired_invitation_link_is_refused() {
        var route = family.orangePlan("fr-expired");
        String token = FamilyTestSupport.token(family.invite(route.caseId(), FamilyKind.PARENT, "Evi Laat", true));
        try {
            clock.set(LocalDateTime.ofInstant(clock.instant().plus(Duration.ofDays(15)), clock.getZone()));
            assertThat(invitations.describe(token)).isEmpty();
            invalid(() -> invitations.accept(token, "fr-ouder-late", FamilyTestSupport.PASSWORD,
                    FamilyTestSupport.PASSWORD));
        } finally {
            clock.reset();
        }
        assertThat(accounts.existsById("fr-ouder-late")).isFalse();
    }

    @Test
    void accepting_with_a_weak_password_gives_the_policy_messages_and_creates_no_account() {
        var route = family.orangePlan("fr-weak");
        String token = FamilyTestSupport.token(family.invite(route.caseId(), FamilyKind.PARENT, "Wout Zwak", true));

        assertThatThrownBy(() -> invitations.accept(token, "fr-ouder-weak", "welkom", "welkom"))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messages())
                        .extracting(UserFacingException.Message::key)
                        .containsExactlyElementsOf(policy.problems("fr-ouder-weak", "welkom", List.of("Wout Zwak"))));
        assertThat(accounts.existsById("fr-ouder-weak")).isFalse();
        // nothing spent: the link still works with a good password
        assertThat(invitations.accept(token, "fr-ouder-weak", FamilyTestSupport.PASSWORD, FamilyTestSupport.PASSWORD))
                .isEqualTo("fr-ouder-weak");
    }

    @Test
    void a_view_with_all_three_fields_empty_is_refused_and_nothing_is_stored() {
        var route = family.orangePlan("fr-empty");
        String parent = family.join(route.caseId(), FamilyKind.PARENT, "Lea Leeg", true, "fr-ouder-leeg");

        refusedWith(parent, "OUDER", () -> views.give(route.pupil().id(), null, new ViewForm("", "  ", null)),
                "family.error.viewEmpty");
        assertThat(jdbc.queryForObject("select count(*) from family_view where case_id = ?", Integer.class,
                route.caseId())).isZero();
    }

    @Test
    void disagreeing_without_a_reason_is_refused_and_nothing_is_stored() {
        var route = family.orangePlan("fr-reason");
        String parent = family.join(route.caseId(), FamilyKind.PARENT, "Ruben Reden", true, "fr-ouder-reden");

        refusedWith(parent, "OUDER", () -> agreements.decide(route.pupil().id(), false, "  "),
                "family.error.reasonRequired");
        assertThat(jdbc.queryForObject("select count(*) from plan_agreement where case_id = ?", Integer.class,
                route.caseId())).isZero();
    }

    @Test
    void a_material_change_of_the_plan_asks_again_and_saving_the_same_plan_does_not() {
        var route = family.orangePlan("fr-change");
        long pupilId = route.pupil().id();
        String parent = family.join(route.caseId(), FamilyKind.PARENT, "Max Akkoord", true, "fr-ouder-akkoord");
        AsUser.run(parent, "OUDER", () -> agreements.decide(pupilId, true, null));
        SharedPlan plan = AsUser.call(parent, "OUDER", () -> children.child(pupilId)).plan();

        edit(route.caseId(), Tier3Steps.plan(plan.startedOn(), 6));
        FamilyAgreements.Answer same = answer(parent, pupilId);
        assertThat(same.agreed()).isTrue();
        assertThat(same.earlierPlanAnswered()).isFalse();

        PlanForm base = Tier3Steps.plan(plan.startedOn(), 6);
        List<PlanForm.Goal> goals = new ArrayList<>(base.goals());
        goals.add(new PlanForm.Goal(null, GoalDomain.CARE, "Gesprek met de jeugdarts over slapen", "Afspraak gemaakt",
                new BigDecimal("100")));
        edit(route.caseId(), new PlanForm(base.startsOn(), base.evaluationWeeks(), goals, base.adaptedEducation(),
                base.interventions(), base.pupilWish(), base.parentsWish(), base.agreed(), base.parentsAgreedOn()));
        FamilyAgreements.Answer changed = answer(parent, pupilId);
        assertThat(changed.agreed()).isNull();
        assertThat(changed.earlierPlanAnswered()).isTrue();
        assertThat(AsUser.call(parent, "OUDER", () -> children.child(pupilId)).mayAgree()).isTrue();
    }

    private void edit(long caseId, PlanForm form) {
        record Ref(long id, long version) {
        }
        Ref ref = jdbc.queryForObject("select id, version from support_plan where case_id = ? and status = 'ACTIVE'",
                (rs, i) -> new Ref(rs.getLong(1), rs.getLong(2)), caseId);
        AsUser.run("t-oc", "OC", () -> plans.edit(ref.id(), ref.version(), form));
    }

    private FamilyAgreements.Answer answer(String parent, long pupilId) {
        return AsUser.call(parent, "OUDER", () -> children.child(pupilId)).agreement().answers().stream()
                .filter(a -> a.name().equals("Max Akkoord")).findFirst().orElseThrow();
    }

    private static void invalid(ThrowingCallable accept) {
        assertThatThrownBy(accept).isInstanceOfSatisfying(UserFacingException.class,
                e -> assertThat(key(e)).isEqualTo("family.error.invitationInvalid"));
    }

    private static String key(UserFacingException e) {
        return e.messages().getFirst().key();
    }

    private static void refusedWith(String username, String role, Runnable work, String key) {
        assertThatThrownBy(() -> AsUser.run(username, role, work)).as(key)
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(key(e)).isEqualTo(key));
    }
}
