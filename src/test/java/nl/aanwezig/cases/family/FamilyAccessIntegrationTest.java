package nl.aanwezig.cases.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.cases.MedicalNotes;
import nl.aanwezig.cases.dossier.DossierService;
import nl.aanwezig.cases.sharing.ParticipantRole;
import nl.aanwezig.cases.sharing.SharedCaseService;
import nl.aanwezig.cases.tasks.TaskService;
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
 * Issue #20 item 9: a family member reaches only the children linked to them and only the parts the age rules give
 * them; staff screens' services refuse family accounts and the family services refuse staff. Each test expects the
 * specific refusal.
 */
@IntegrationTest
class FamilyAccessIntegrationTest {

    @Autowired TestClock testClock;

    @Autowired FamilyTestSupport family;
    @Autowired FamilyChildren children;
    @Autowired FamilyViews views;
    @Autowired FamilyAgreements agreements;
    @Autowired FamilyConsents consents;
    @Autowired FamilyAccessLog accessLog;
    @Autowired FamilyInvitations invitations;
    @Autowired DossierService dossiers;
    @Autowired SharedCaseService shared;
    @Autowired TaskService tasks;
    @Autowired MedicalNotes medicalNotes;
    @Autowired Tier3Steps steps;
    @Autowired JdbcTemplate jdbc;

    private static final ViewForm VIEW = new ViewForm("De ochtenden gaan beter.", null, null);

    /** The steps to an orange plan set the app's clock to the engine's; the shared context runs on real time after. */
    @AfterEach
    void realTimeAgain() {
        testClock.reset();
    }

    @Test
    void a_parent_reaches_only_their_own_child_and_every_refusal_of_another_is_audited() {
        var mine = family.orangePlan("fa-own");
        var other = family.orangePlan("fa-other");
        String parent = family.join(mine.caseId(), FamilyKind.PARENT, "Petra Eigen", true, "fa-ouder-own");
        long otherId = other.pupil().id();

        assertThat(AsUser.call(parent, "OUDER", () -> children.children())).extracting(FamilyChildren.Child::pupilId)
                .containsExactly(mine.pupil().id());
        refused(parent, "OUDER", () -> children.child(otherId));
        assertThat(lastAudit(parent, otherId)).containsExactly("FAMILY_CHILD_READ", false);
        refused(parent, "OUDER", () -> views.give(otherId, null, VIEW));
        refused(parent, "OUDER", () -> agreements.decide(otherId, true, null));
        refused(parent, "OUDER", () -> consents.set(otherId, ParticipantRole.JEUGDARTS, false));
        refused(parent, "OUDER", () -> accessLog.of(otherId));
        assertThat(lastAudit(parent, otherId)).containsExactly("FAMILY_ACCESS_LOG", false);
        assertThat(jdbc.queryForObject("select count(*) from family_view where case_id = ?", Integer.class,
                other.caseId())).isZero();
    }

    @Test
    void a_sibling_without_a_link_is_refused_to_the_parent_and_to_the_pupil_of_the_other_child() {
        var older = family.orangePlan("fa-sib-old");
        var younger = family.orangePlan("fa-sib-young");
        String parent = family.join(older.caseId(), FamilyKind.PARENT, "Sam Broer", true, "fa-ouder-sib");
        String pupil = family.join(older.caseId(), FamilyKind.PUPIL, "Sem Broer", false, "fa-leerling-sib");

        refused(parent, "OUDER", () -> children.child(younger.pupil().id()));
        refused(pupil, "LEERLING", () -> children.child(younger.pupil().id()));
        assertThat(lastAudit(pupil, younger.pupil().id())).containsExactly("FAMILY_CHILD_READ", false);
        assertThat(AsUser.call(pupil, "LEERLING", () -> children.children())).extracting(FamilyChildren.Child::pupilId)
                .containsExactly(older.pupil().id());
    }

    @Test
    void a_parent_without_parental_authority_reads_and_gives_a_view_but_neither_agrees_nor_changes_consent() {
        var route = family.orangePlan("fa-noauth");
        long pupilId = route.pupil().id();
        String parent = family.join(route.caseId(), FamilyKind.PARENT, "Nico Zonder", false, "fa-ouder-noauth");

        ChildPage page = AsUser.call(parent, "OUDER", () -> children.child(pupilId));
        assertThat(page.plan()).isNotNull();
        assertThat(page.mayAgree()).isFalse();
        AsUser.call(parent, "OUDER", () -> views.give(pupilId, null, VIEW));
        refusedWith(parent, "OUDER", () -> agreements.decide(pupilId, true, null), "family.error.noAuthority");
        refusedWith(parent, "OUDER", () -> consents.set(pupilId, ParticipantRole.JEUGDARTS, true),
                "family.error.noAuthority");
        refusedWith(parent, "OUDER", () -> consents.set(pupilId, ParticipantRole.JEUGDARTS, false),
                "family.error.noAuthority");
        assertThat(jdbc.queryForObject("select count(*) from plan_agreement where case_id = ?", Integer.class,
                route.caseId())).isZero();
    }

    @Test
    void a_parent_whose_link_was_withdrawn_is_refused_from_then_on() {
        var route = family.orangePlan("fa-withdrawn");
        long pupilId = route.pupil().id();
        String parent = family.join(route.caseId(), FamilyKind.PARENT, "Wim Weg", true, "fa-ouder-weg");
        AsUser.call(parent, "OUDER", () -> children.child(pupilId));
        long linkId = AsUser.call("t-oc", "OC", () -> invitations.ofCase(route.caseId())).stream()
                .filter(l -> parent.equals(l.username())).findFirst().orElseThrow().id();

        AsUser.run("t-oc", "OC", () -> invitations.withdraw(route.caseId(), linkId));

        refused(parent, "OUDER", () -> children.child(pupilId));
        refused(parent, "OUDER", () -> views.give(pupilId, null, VIEW));
        assertThat(AsUser.call(parent, "OUDER", () -> children.children())).isEmpty();
        assertThat(lastAudit(parent, pupilId)).containsExactly("FAMILY_VIEW_GIVE", false);
    }

    @Test
    void a_pupil_of_16_who_keeps_the_plan_from_the_parents_leaves_them_the_attendance_only() {
        var route = family.orangePlan("fa-keeps");
        long pupilId = route.pupil().id();
        String pupil = family.join(route.caseId(), FamilyKind.PUPIL, "Iris Zestien", false, "fa-leerling-keeps");
        String parent = family.join(route.caseId(), FamilyKind.PARENT, "Ilse Zestien", true, "fa-ouder-keeps");
        family.age(pupilId, 16, steps.today());

        AsUser.run(pupil, "LEERLING", () -> children.setParentsSee(pupilId, Set.of()));

        ChildPage page = AsUser.call(parent, "OUDER", () -> children.child(pupilId));
        assertThat(page.plan()).isNull();
        assertThat(page.regievoerder()).isNull();
        assertThat(page.parts()).containsExactly(FamilyPart.ATTENDANCE);
        assertThat(page.weeks()).isNotNull();
        refusedWith(parent, "OUDER", () -> agreements.decide(pupilId, true, null), "family.error.pupilKeeps");
        refusedWith(parent, "OUDER", () -> accessLog.of(pupilId), "family.error.pupilKeeps");
        refusedWith(parent, "OUDER", () -> consents.overview(pupilId), "family.error.pupilKeeps");
        // the pupil themselves still sees the plan; a parent may not choose for them
        assertThat(AsUser.call(pupil, "LEERLING", () -> children.child(pupilId)).plan()).isNotNull();
        assertThatThrownBy(() -> AsUser.run(parent, "OUDER", () -> children.setParentsSee(pupilId, Set.of())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void medical_notes_never_reach_the_family_nor_does_the_child_page_carry_them() {
        var route = family.orangePlan("fa-medical");
        long pupilId = route.pupil().id();
        String parent = family.join(route.caseId(), FamilyKind.PARENT, "Mila Medisch", true, "fa-ouder-med");
        String pupil = family.join(route.caseId(), FamilyKind.PUPIL, "Mees Medisch", false, "fa-leerling-med");

        refused(parent, "OUDER", () -> medicalNotes.of(pupilId));
        refused(pupil, "LEERLING", () -> medicalNotes.of(pupilId));
        assertThat(List.of(ChildPage.class.getRecordComponents())).extracting(c -> c.getName().toLowerCase())
                .noneMatch(n -> n.contains("medical") || n.contains("hypothes") || n.contains("conversation"));
    }

    @Test
    void staff_services_refuse_family_accounts_and_family_services_refuse_staff() {
        var route = family.orangePlan("fa-staff");
        long pupilId = route.pupil().id();
        String parent = family.join(route.caseId(), FamilyKind.PARENT, "Stef Scherm", true, "fa-ouder-staff");

        refused(parent, "OUDER", () -> dossiers.dossier(pupilId));
        refused(parent, "OUDER", () -> shared.view(route.caseId()));
        refused(parent, "OUDER", () -> tasks.inbox());
        refused(parent, "OUDER", () -> invitations.ofCase(route.caseId()));
        refused("t-oc", "OC", () -> children.child(pupilId));
        refused("t-oc", "OC", () -> children.children());
        refused("t-oc", "OC", () -> views.give(pupilId, null, VIEW));
        refused("t-oc", "OC", () -> accessLog.of(pupilId));
    }

    @Test
    void the_access_log_shows_the_staff_reads_by_role_and_organisation_and_names_only_where_the_school_chose_so() {
        var route = family.orangePlan("fa-log");
        long pupilId = route.pupil().id();
        String parent = family.join(route.caseId(), FamilyKind.PARENT, "Lotte Log", true, "fa-ouder-log");
        AsUser.call("t-oc", "OC", () -> dossiers.dossier(pupilId));
        AsUser.call("t-oc", "OC", () -> dossiers.dossier(pupilId));

        List<FamilyAccessLog.Entry> log = AsUser.call(parent, "OUDER", () -> accessLog.of(pupilId));
        assertThat(log).isNotEmpty().allSatisfy(e -> assertThat(e.name()).isNull());
        assertThat(log).anySatisfy(e -> {
            assertThat(e.role()).isEqualTo("Ondersteuningscoördinator");
            assertThat(e.organisation()).isEqualTo("Testschool VO");
        });
        assertThat(log).extracting(FamilyAccessLog.Entry::role).doesNotContain("OUDER", "LEERLING");
        // the same read by the same person on one day is one line with how many times, in plain words
        assertThat(log).filteredOn(e -> e.what().equals("Het dossier geopend")).singleElement()
                .satisfies(e -> assertThat(e.times()).isGreaterThanOrEqualTo(2));
        // one person on one day: each thing done is one line, also where several actions read "Dossier bekeken"
        assertThat(log).filteredOn(e -> e.role().equals("Ondersteuningscoördinator"))
                .extracting(FamilyAccessLog.Entry::what).doesNotHaveDuplicates();

        jdbc.update("update school set family_sees_staff_names = true where id = ?", route.pupil().schoolId());
        try {
            assertThat(AsUser.call(parent, "OUDER", () -> accessLog.of(pupilId)))
                    .anySatisfy(e -> assertThat(e.name()).isEqualTo("Olaf OC"));
        } finally {
            jdbc.update("update school set family_sees_staff_names = false where id = ?", route.pupil().schoolId());
        }
    }

    private List<Object> lastAudit(String username, long pupilId) {
        return jdbc.queryForObject("""
                select action, allowed from audit_log where username = ? and pupil_id = ? order by id desc limit 1""",
                (rs, i) -> List.of(rs.getString(1), rs.getBoolean(2)), username, pupilId);
    }

    private static void refused(String username, String role, Runnable work) {
        assertThatThrownBy(() -> AsUser.run(username, role, work)).as(username)
                .isInstanceOf(AccessDeniedException.class);
    }

    private static void refused(String username, String role, java.util.function.Supplier<?> work) {
        refused(username, role, (Runnable) work::get);
    }

    private static void refusedWith(String username, String role, ThrowingCallable work, String key) {
        assertThatThrownBy(() -> AsUser.run(username, role, () -> {
            try {
                work.call();
            } catch (RuntimeException e) {
                throw e;
            } catch (Throwable t) {
                throw new IllegalStateException(t);
            }
        })).isInstanceOfSatisfying(UserFacingException.class,
                e -> assertThat(e.messages().getFirst().key()).isEqualTo(key));
    }
}
