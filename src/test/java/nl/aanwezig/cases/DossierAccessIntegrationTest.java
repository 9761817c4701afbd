package nl.aanwezig.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.aanwezig.cases.conversation.ConversationForm;
import nl.aanwezig.cases.conversation.ConversationService;
import nl.aanwezig.cases.conversation.Conversations;
import nl.aanwezig.cases.conversation.Outcome;
import nl.aanwezig.cases.conversation.Topic;
import nl.aanwezig.cases.dossier.Dossier;
import nl.aanwezig.cases.dossier.DossierService;
import nl.aanwezig.cases.tasks.CaseTasks;
import nl.aanwezig.cases.tasks.TaskService;
import nl.aanwezig.cases.timeline.CaseEventType;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.security.AuditEntries;
import nl.aanwezig.security.AuditEntry;
import nl.aanwezig.support.AsUser;
import nl.aanwezig.support.IntegrationTest;
import nl.aanwezig.support.Routes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** Who may read and write a dossier, what is audited, and that a failed save leaves nothing behind. */
@IntegrationTest
class DossierAccessIntegrationTest {

    @Autowired Routes routes;
    @Autowired DossierService dossiers;
    @Autowired ConversationService conversations;
    @Autowired TaskService tasks;
    @Autowired CaseTasks caseTasks;
    @Autowired Conversations conversationRows;
    @Autowired Cases cases;
    @Autowired AuditEntries audit;
    @Autowired JdbcTemplate jdbc;

    static ConversationForm form(Outcome outcome) {
        return new ConversationForm(LocalDate.now(), true, false, null, EnumSet.of(Topic.SCREEN), "Telefoon 's nachts weg.",
                LocalDate.now().plusDays(7), outcome);
    }

    @Test
    void the_mentor_reads_the_dossier_and_the_read_is_audited_in_utc() {
        var route = routes.emptyChair("a-read", "t-mentor");
        Instant before = Instant.now().minusSeconds(1);
        Dossier d = AsUser.call("t-mentor", "MENTOR", () -> dossiers.dossier(route.pupil().id()));
        assertThat(d.openCase().stage()).isEqualTo(CaseStage.MENTOR_CONTACT);
        assertThat(d.timeline()).extracting(Dossier.TimelineEntry::type).contains(CaseEventType.EMPTY_CHAIR);
        AuditEntry row = last(route.pupil().id());
        assertThat(row.username()).isEqualTo("t-mentor");
        assertThat(row.action()).isEqualTo("DOSSIER_READ");
        assertThat(row.allowed()).isTrue();
        assertThat(row.at()).isAfter(before);
    }

    @Test
    void another_mentor_and_another_schools_oc_are_refused_and_the_refusal_is_audited() {
        var route = routes.emptyChair("a-refused", "t-mentor");
        assertThatThrownBy(() -> AsUser.run("t-mentor2", "MENTOR", () -> dossiers.dossier(route.pupil().id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(last(route.pupil().id())).extracting(AuditEntry::username, AuditEntry::allowed)
                .containsExactly("t-mentor2", false);
        assertThatThrownBy(() -> AsUser.run("t-oc2", "OC", () -> dossiers.dossier(route.pupil().id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(last(route.pupil().id())).extracting(AuditEntry::username, AuditEntry::allowed)
                .containsExactly("t-oc2", false);
    }

    @Test
    void a_chain_partner_reads_only_after_joining_the_case() {
        var route = routes.emptyChair("a-partner", "t-mentor");
        assertThatThrownBy(() -> AsUser.run("t-leerplicht", "LEERPLICHT", () -> dossiers.dossier(route.pupil().id())))
                .isInstanceOf(AccessDeniedException.class);
        jdbc.update("insert into case_participant (case_id, username, role, added_at) values (?, 't-leerplicht', 'LEERPLICHT', now())",
                route.caseId());
        Dossier d = AsUser.call("t-leerplicht", "LEERPLICHT", () -> dossiers.dossier(route.pupil().id()));
        assertThat(d.pupilId()).isEqualTo(route.pupil().id());
    }

    @Test
    void the_admin_has_no_inbox_and_no_dossiers() {
        var route = routes.emptyChair("a-admin", "t-mentor");
        assertThatThrownBy(() -> AsUser.run("t-admin", "ADMIN", () -> tasks.inbox())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.run("t-admin", "ADMIN", () -> dossiers.dossier(route.pupil().id())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_mentor_cannot_complete_another_mentors_task_and_nothing_is_saved() {
        var route = routes.emptyChair("a-other-task", "t-mentor");
        assertThatThrownBy(() -> AsUser.run("t-mentor2", "MENTOR", () -> conversations.log(route.taskId(), form(Outcome.REFER))))
                .isInstanceOf(AccessDeniedException.class);
        assertNothingSaved(route);
    }

    @Test
    void an_invalid_form_is_refused_with_its_messages_and_nothing_is_saved() {
        var route = routes.emptyChair("a-invalid", "t-mentor");
        var bad = new ConversationForm(LocalDate.now().plusDays(2), false, false, "", EnumSet.noneOf(Topic.class), "",
                LocalDate.now().minusDays(3), Outcome.WATCH);
        assertThatThrownBy(() -> AsUser.run("t-mentor", "MENTOR", () -> conversations.log(route.taskId(), bad)))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messages()).hasSize(5));
        assertNothingSaved(route);
    }

    @Test
    void when_the_database_refuses_the_save_nothing_is_saved_and_the_engine_is_not_told() {
        var route = routes.emptyChair("a-engine", "t-mentor");
        long jobKey = caseTasks.findById(route.taskId()).orElseThrow().jobKey();
        // the database refuses this case's conversation row, as a full disk or a lost connection would
        jdbc.execute("alter table conversation add constraint refuse_a_engine check (case_id <> " + route.caseId() + ")");
        try {
            assertThatThrownBy(() -> AsUser.run("t-mentor", "MENTOR", () -> conversations.log(route.taskId(), form(Outcome.REFER))))
                    .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
        } finally {
            jdbc.execute("alter table conversation drop constraint refuse_a_engine");
        }
        assertNothingSaved(route);
        assertThat(jdbc.queryForObject("select count(*) from engine_command where job_key = ?", Integer.class, jobKey))
                .as("no command for the engine").isZero();
    }

    @Test
    void a_task_already_done_cannot_be_done_twice() {
        var route = routes.emptyChair("a-twice", "t-mentor");
        AsUser.run("t-mentor", "MENTOR", () -> conversations.log(route.taskId(), form(Outcome.REFER)));
        assertThatThrownBy(() -> AsUser.run("t-mentor", "MENTOR", () -> conversations.log(route.taskId(), form(Outcome.REFER))))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messages().get(0).key()).isEqualTo("task.error.done"));
        assertThat(conversationRows.findByCaseIdOrderByHeldOnDescIdDesc(route.caseId())).hasSize(1);
    }

    private void assertNothingSaved(Routes.Started route) {
        assertThat(conversationRows.findByCaseIdOrderByHeldOnDescIdDesc(route.caseId())).isEmpty();
        assertThat(caseTasks.findById(route.taskId()).orElseThrow().isOpen()).isTrue();
        assertThat(cases.findById(route.caseId()).orElseThrow().stage()).isEqualTo(CaseStage.MENTOR_CONTACT);
    }

    private AuditEntry last(long pupilId) {
        var rows = audit.findByPupilIdOrderByIdAsc(pupilId);
        return rows.get(rows.size() - 1);
    }
}
