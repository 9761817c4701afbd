package nl.aanwezig.cases.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.zeebe.process.test.assertions.BpmnAssert;
import io.camunda.zeebe.process.test.filters.RecordStream;
import io.camunda.zeebe.process.test.inspections.model.InspectedProcessInstance;
import java.time.LocalDate;
import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.cases.MedicalNotes;
import nl.aanwezig.cases.dossier.DossierService;
import nl.aanwezig.cases.tasks.CaseTask;
import nl.aanwezig.cases.tasks.CaseTasks;
import nl.aanwezig.cases.tasks.TaskItem;
import nl.aanwezig.cases.tasks.TaskService;
import nl.aanwezig.cases.timeline.CaseEventType;
import nl.aanwezig.security.AuditEntries;
import nl.aanwezig.security.AuditEntry;
import nl.aanwezig.support.AsUser;
import nl.aanwezig.support.Eventually;
import nl.aanwezig.support.IntegrationTest;
import nl.aanwezig.support.Routes;
import nl.aanwezig.workflow.SharedPlanProcess;
import nl.aanwezig.workflow.engine.DurableEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** One shared plan through the real engine: who is refused, who sees what, and consent. */
@IntegrationTest
class SharedPlanIntegrationTest {

    @Autowired Routes routes;
    @Autowired SharingTestSupport sharing;
    @Autowired SharedCaseService shared;
    @Autowired ContributionService contributions;
    @Autowired InvitationService invitations;
    @Autowired ConsentService consents;
    @Autowired TaskService taskService;
    @Autowired DossierService dossiers;
    @Autowired CaseTasks tasks;
    @Autowired MedicalNotes medicalNotes;
    @Autowired AuditEntries audit;
    @Autowired JdbcTemplate jdbc;
    @Autowired DurableEngine engine;

    @BeforeEach
    void streams() {
        BpmnAssert.initRecordStream(RecordStream.of(engine.getRecordStreamSource()));
    }

    @Test
    void a_partner_not_invited_is_refused_and_the_refusal_is_audited() {
        var route = routes.emptyChair("sh-refused", "t-mentor");
        assertThatThrownBy(() -> AsUser.run("t-coach", "COACH", () -> shared.view(route.caseId())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(last(route.pupil().id())).extracting(AuditEntry::username, AuditEntry::action, AuditEntry::allowed)
                .containsExactly("t-coach", "SHARED_CASE_READ", false);
        assertThat(AsUser.call("t-coach", "COACH", () -> shared.myCases())).noneMatch(r -> r.caseId() == route.caseId());
    }

    @Test
    void the_invited_partner_finds_the_task_in_their_inbox_and_the_first_contribution_completes_the_route() {
        var route = routes.emptyChair("sh-inbox", "t-mentor");
        sharing.consentAndInvite(route.caseId(), "t-swv", ParticipantRole.SWV_CONSULTANT);

        CaseTask task = sharing.openTaskOf(route.caseId(), "t-swv");
        assertThat(AsUser.call("t-swv", "SWV", () -> taskService.inbox())).extracting(TaskItem::taskId).contains(task.id());
        assertThat(AsUser.call("t-swv", "SWV", () -> shared.myCases())).anyMatch(r -> r.caseId() == route.caseId()
                && task.id().equals(r.openTaskId()));

        AsUser.run("t-swv", "SWV", () -> contributions.contribute(route.caseId(),
                new ContributionForm(Contribution.Kind.PLAN_PART, "SWV zoekt een plek voor 2 dagdelen maatwerk.", null)));

        assertThat(tasks.findById(task.id()).orElseThrow().isOpen()).isFalse();
        Eventually.asserted(() -> BpmnAssert.assertThat(instance(route.caseId(), "t-swv")).isCompleted()
                .hasPassedElementsInOrder(SharedPlanProcess.TASK, "partner-contributed"), Routes.WAIT);
        SharedCase seenByOc = AsUser.call("t-oc", "OC", () -> shared.view(route.caseId()));
        assertThat(seenByOc.contributions()).extracting(Contribution::text)
                .containsExactly("SWV zoekt een plek voor 2 dagdelen maatwerk.");
        assertThat(seenByOc.timeline()).extracting(e -> e.type())
                .contains(CaseEventType.PARTNER_INVITED, CaseEventType.PARTNER_NOTE, CaseEventType.CONSENT);
    }

    @Test
    void medical_notes_are_hidden_from_the_oc_the_mentor_and_leerplicht_who_see_only_the_advice() {
        var route = routes.emptyChair("sh-medical", "t-mentor");
        sharing.consentAndInvite(route.caseId(), "t-jeugdarts", ParticipantRole.JEUGDARTS);
        AsUser.run("t-oc", "OC", () -> invitations.invite(route.caseId(), "t-leerplicht", null));
        AsUser.run("t-jeugdarts", "JEUGDARTS", () -> contributions.contribute(route.caseId(), new ContributionForm(
                Contribution.Kind.NOTE, "Advies: rustig opbouwen, 3 ochtenden per week.", "Migraine, neuroloog verwezen.")));

        SharedCase doctor = AsUser.call("t-jeugdarts", "JEUGDARTS", () -> shared.view(route.caseId()));
        assertThat(doctor.medicalNotes()).extracting(MedicalNotes.Note::text).containsExactly("Migraine, neuroloog verwezen.");
        for (String[] who : new String[][] {{"t-oc", "OC"}, {"t-mentor", "MENTOR"}, {"t-leerplicht", "LEERPLICHT"}}) {
            SharedCase view = AsUser.call(who[0], who[1], () -> shared.view(route.caseId()));
            assertThat(view.medicalNotes()).as(who[0]).isEmpty();
            assertThat(view.contributions()).extracting(Contribution::text).as(who[0])
                    .containsExactly("Advies: rustig opbouwen, 3 ochtenden per week.");
            assertThat(view.timeline()).extracting(e -> e.summary()).as(who[0]).noneMatch(s -> s.contains("Migraine"));
            assertThatThrownBy(() -> AsUser.run(who[0], who[1], () -> medicalNotes.of(route.pupil().id())))
                    .as(who[0]).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void a_partner_sees_nothing_from_before_the_invitation_and_school_staff_see_all() {
        var route = routes.emptyChair("sh-before", "t-mentor");
        AsUser.run("t-oc", "OC", () -> consents.give(route.caseId(), SharingTestSupport.consentFor(ParticipantRole.YOUTH_COACH)));
        AsUser.run("t-oc", "OC", () -> invitations.invite(route.caseId(), "t-coach", "Jeugd- en gezinsteam Noord"));

        SharedCase coach = AsUser.call("t-coach", "COACH", () -> shared.view(route.caseId()));
        assertThat(coach.timeline()).allMatch(e -> !e.at().isBefore(coach.since()));
        assertThat(coach.timeline()).extracting(e -> e.type()).contains(CaseEventType.PARTNER_INVITED)
                .doesNotContain(CaseEventType.CASE_OPENED, CaseEventType.EMPTY_CHAIR, CaseEventType.CONSENT);
        SharedCase oc = AsUser.call("t-oc", "OC", () -> shared.view(route.caseId()));
        assertThat(oc.timeline()).extracting(e -> e.type())
                .contains(CaseEventType.CASE_OPENED, CaseEventType.EMPTY_CHAIR, CaseEventType.CONSENT);
        assertThat(AsUser.call("t-coach", "COACH", () -> dossiers.dossier(route.pupil().id())).timeline())
                .as("the pupil page too").extracting(e -> e.type()).doesNotContain(CaseEventType.EMPTY_CHAIR);
        assertThat(coach.attendance()).as("need to know: a coach sees no attendance figures").isNull();
        assertThat(oc.attendance()).isNotNull();
    }

    @Test
    void the_pupil_page_shows_an_swv_consultant_no_attendance_figures_signals_or_conversations_the_oc_sees_them() {
        var route = routes.emptyChair("sh-ntk", "t-mentor");
        sharing.consentAndInvite(route.caseId(), "t-swv", ParticipantRole.SWV_CONSULTANT);

        var swv = AsUser.call("t-swv", "SWV", () -> dossiers.dossier(route.pupil().id()));
        assertThat(swv.attendanceShown()).as("need to know: no attendance figures for the SWV consultant").isFalse();
        assertThat(swv.timeline()).extracting(e -> e.type())
                .doesNotContain(CaseEventType.SIGNAL, CaseEventType.EMPTY_CHAIR);
        assertThat(swv.conversations()).isEmpty();
        var oc = AsUser.call("t-oc", "OC", () -> dossiers.dossier(route.pupil().id()));
        assertThat(oc.attendanceShown()).isTrue();
        assertThat(oc.timeline()).extracting(e -> e.type()).contains(CaseEventType.EMPTY_CHAIR);
    }

    @Test
    void withdrawn_consent_stops_sharing_the_task_is_withdrawn_and_access_refused_but_leerplicht_stays() {
        var route = routes.emptyChair("sh-withdraw", "t-mentor");
        sharing.consentAndInvite(route.caseId(), "t-swv", ParticipantRole.SWV_CONSULTANT);
        AsUser.run("t-oc", "OC", () -> invitations.invite(route.caseId(), "t-leerplicht", null));
        CaseTask swvTask = sharing.openTaskOf(route.caseId(), "t-swv");
        CaseTask leerplichtTask = sharing.openTaskOf(route.caseId(), "t-leerplicht");

        AsUser.run("t-oc", "OC", () -> consents.withdraw(route.caseId(),
                new WithdrawalForm(LocalDate.now(), "Marieke Test (moeder)", "Wil geen externe partners meer.")));

        assertThat(tasks.findById(swvTask.id()).orElseThrow().state()).isEqualTo(CaseTask.State.CANCELLED);
        assertThatThrownBy(() -> AsUser.run("t-swv", "SWV", () -> shared.view(route.caseId())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(AsUser.call("t-swv", "SWV", () -> taskService.inbox())).extracting(TaskItem::taskId)
                .doesNotContain(swvTask.id());
        assertThat(AsUser.call("t-leerplicht", "LEERPLICHT", () -> shared.view(route.caseId())).myOpenTaskId())
                .isEqualTo(leerplichtTask.id());
        Eventually.asserted(() -> BpmnAssert.assertThat(instance(route.caseId(), "t-swv")).isTerminated(), Routes.WAIT);
        assertThat(AsUser.call("t-oc", "OC", () -> shared.view(route.caseId())).timeline())
                .extracting(e -> e.summary()).anyMatch(s -> s.startsWith("Delen gestopt: Sam SWV"));
    }

    @Test
    void inviting_without_consent_is_refused_in_dutch_except_leerplicht_whose_access_is_statutory() {
        var route = routes.emptyChair("sh-noconsent", "t-mentor");
        assertThatThrownBy(() -> AsUser.run("t-oc", "OC", () -> invitations.invite(route.caseId(), "t-jeugdarts", null)))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messages().get(0).key())
                        .isEqualTo("sharing.error.partner.noConsent"));
        // consent for the coach does not cover the jeugdarts
        AsUser.run("t-oc", "OC", () -> consents.give(route.caseId(), SharingTestSupport.consentFor(ParticipantRole.YOUTH_COACH)));
        assertThatThrownBy(() -> AsUser.run("t-oc", "OC", () -> invitations.invite(route.caseId(), "t-jeugdarts", null)))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messages().get(0).key())
                        .isEqualTo("sharing.error.partner.noConsent"));
        assertThat(participant(route.caseId(), "t-jeugdarts")).isZero();

        AsUser.run("t-oc", "OC", () -> invitations.invite(route.caseId(), "t-leerplicht", null));
        assertThat(participant(route.caseId(), "t-leerplicht")).isOne();
    }

    @Test
    void only_the_regievoerder_or_an_oc_of_the_school_invites() {
        var route = routes.emptyChair("sh-who", "t-mentor");
        assertThatThrownBy(() -> AsUser.run("t-mentor", "MENTOR", () -> invitations.invite(route.caseId(), "t-leerplicht", null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.run("t-oc2", "OC", () -> invitations.invite(route.caseId(), "t-leerplicht", null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(last(route.pupil().id())).extracting(AuditEntry::username, AuditEntry::action, AuditEntry::allowed)
                .containsExactly("t-oc2", "PARTNER_INVITE", false);

        jdbc.update("update pupil_case set regievoerder = 't-mentor' where id = ?", route.caseId());
        AsUser.run("t-mentor", "MENTOR", () -> invitations.invite(route.caseId(), "t-leerplicht", null));
        assertThat(participant(route.caseId(), "t-leerplicht")).isOne();
    }

    private int participant(long caseId, String username) {
        return jdbc.queryForObject("select count(*) from case_participant where case_id = ? and username = ? and removed_at is null",
                Integer.class, caseId, username);
    }

    private InspectedProcessInstance instance(long caseId, String partner) {
        Long key = jdbc.queryForObject("select instance_key from workflow_instance where route_key = ?", Long.class,
                SharedPlanProcess.routeKey(caseId, partner, 1));
        return new InspectedProcessInstance(key);
    }

    private AuditEntry last(long pupilId) {
        var rows = audit.findByPupilIdOrderByIdAsc(pupilId);
        return rows.get(rows.size() - 1);
    }
}
