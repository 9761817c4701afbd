package nl.aanwezig.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientStatusException;
import io.grpc.Status;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.aanwezig.attendance.SignalRaised;
import nl.aanwezig.attendance.SignalType;
import nl.aanwezig.attendance.importing.ImportMode;
import nl.aanwezig.attendance.importing.ImportOptions;
import nl.aanwezig.attendance.importing.ImportProgress;
import nl.aanwezig.attendance.importing.ImportService;
import nl.aanwezig.attendance.importing.ImportTestFiles;
import nl.aanwezig.attendance.importing.reading.ColumnMapping;
import nl.aanwezig.cases.conversation.ConversationForm;
import nl.aanwezig.cases.conversation.ConversationService;
import nl.aanwezig.cases.conversation.Outcome;
import nl.aanwezig.cases.conversation.Topic;
import nl.aanwezig.cases.tasks.CaseTask;
import nl.aanwezig.cases.tasks.CaseTasks;
import nl.aanwezig.cases.timeline.CaseEventType;
import nl.aanwezig.cases.timeline.CaseEvents;
import nl.aanwezig.support.AsUser;
import nl.aanwezig.support.Eventually;
import nl.aanwezig.support.IntegrationTest;
import nl.aanwezig.support.Routes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** A case's routes and tasks over its life: closing, a mentor change, commands and instances twice. */
@IntegrationTest
class RouteLifecycleIntegrationTest {

    @Autowired Routes routes;
    @Autowired CaseTasks tasks;
    @Autowired CaseEvents events;
    @Autowired ConversationService conversations;
    @Autowired ApplicationEventPublisher publisher;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcTemplate jdbc;
    @Autowired CamundaClient client;
    @Autowired EngineCommandDispatcher dispatcher;
    @Autowired nl.aanwezig.cases.tasks.TaskService taskService;
    @Autowired ImportService imports;
    @Autowired nl.aanwezig.support.Tier3Steps steps;
    @Autowired nl.aanwezig.support.TestClock clock;

    /**
     * The app's clock at the engine's: tests of this shared context move the engine's clock ahead (a follow-up's day,
     * an evaluation's weeks), and a mentor's deadline taken from a clock behind the engine's is already past there, so
     * the escalation would come at once beside the task this class counts.
     */
    @org.junit.jupiter.api.BeforeEach
    void atTheEnginesTime() {
        steps.sync();
    }

    @org.junit.jupiter.api.AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void closing_a_case_withdraws_every_open_task_and_ends_its_other_routes_in_the_engine() {
        var route = routes.emptyChair("lc-close", "t-mentor");
        raise(route.pupil().id(), SignalType.MAZL);
        CaseTask advice = routes.openTask(route.caseId(), "mazl-advice");
        CaseTask mazlOc = routes.openTask(route.caseId(), "mazl-oc");

        AsUser.run("t-mentor", "MENTOR", () -> conversations.log(route.taskId(), resolved()));

        Eventually.until(() -> tasks.findByCaseIdAndState(route.caseId(), CaseTask.State.OPEN).isEmpty(), Routes.WAIT,
                "no open task of the closed case");
        assertThat(tasks.findById(advice.id()).orElseThrow().state()).isEqualTo(CaseTask.State.CANCELLED);
        assertThat(AsUser.call("t-jeugdarts", "JEUGDARTS", () -> inboxIds())).doesNotContain(advice.id());
        assertThat(AsUser.call("t-oc", "OC", () -> inboxIds())).doesNotContain(mazlOc.id());
        // the engine no longer has the M@ZL route's jobs: its instance was cancelled
        Eventually.until(() -> jobGone(advice.jobKey()) && jobGone(mazlOc.jobKey()), Routes.WAIT, "M@ZL jobs gone");
    }

    @Test
    void a_mentor_change_in_a_pupil_import_hands_the_old_mentors_open_task_to_the_new_mentor_on_the_timeline() {
        var route = routes.emptyChair("lc-mentor", "t-mentor");
        String file = ImportTestFiles.PUPILS_HEADER
                + "T1VO;lc-mentor;Kimlc-mentor;Test;2012-05-01;VO;2B;t-mentor2;nee\n";

        AsUser.run("t-oc", "OC", () -> imports.importPupils(ImportTestFiles.csv(file),
                new ImportOptions(ImportMode.ALL_OR_NOTHING, ColumnMapping.canonical()), ImportProgress.NONE));

        assertThat(tasks.findById(route.taskId()).orElseThrow().assignee()).isEqualTo("t-mentor2");
        assertThat(AsUser.call("t-mentor2", "MENTOR", () -> inboxIds())).contains(route.taskId());
        assertThat(AsUser.call("t-mentor", "MENTOR", () -> inboxIds())).doesNotContain(route.taskId());
        assertThat(events.findByCaseIdOrderByIdAsc(route.caseId())).filteredOn(e -> e.type() == CaseEventType.TASK_HANDED_OVER)
                .singleElement().satisfies(e -> assertThat(e.summary()).contains("Tess Mentor").contains("Tom Mentor"));
    }

    @Test
    void a_job_completion_sent_twice_moves_the_route_once() {
        var route = routes.emptyChair("lc-twice", "t-mentor");
        CaseTask task = tasks.findById(route.taskId()).orElseThrow();

        AsUser.run("t-mentor", "MENTOR", () -> conversations.log(route.taskId(), LegeStoelProcessIntegrationTestForms.refer()));
        routes.openTask(route.caseId(), LegeStoelProcess.OC_INTAKE);
        // the dispatcher stopped after the engine took the command but before it was marked sent: it goes again
        jdbc.update("update engine_command set sent_at = null where job_key = ?", task.jobKey());
        dispatcher.wake();
        Eventually.until(() -> jdbc.queryForObject("select count(*) from engine_command where job_key = ? and sent_at is null",
                Integer.class, task.jobKey()) == 0, Routes.WAIT, "the command sent again");

        assertThat(jdbc.queryForObject("select outcome from engine_command where job_key = ?", String.class, task.jobKey()))
                .isEqualTo("job gone");
        assertThat(tasks.findByCaseIdOrderByIdAsc(route.caseId())).filteredOn(t -> t.elementId().equals(LegeStoelProcess.OC_INTAKE))
                .hasSize(1);
    }

    @Test
    void an_instance_created_twice_for_one_route_is_cancelled_before_it_makes_a_task() {
        var route = routes.emptyChair("lc-twin", "t-mentor");
        long routeId = tasks.findById(route.taskId()).orElseThrow().routeId();
        Map<String, Object> vars = new HashMap<>(jdbc.queryForObject("select variables from workflow_instance where id = ?",
                (rs, n) -> Variables.fromJson(rs.getString(1)), routeId));
        vars.put(RouteLedger.ROUTE_ID, routeId);
        vars.put(RouteClaims.TOKEN, "token-of-a-lost-start");

        // what a start sent before a crash, whose answer never reached the database, leaves behind
        long twin = client.newCreateInstanceCommand().bpmnProcessId(LegeStoelProcess.ID).latestVersion().variables(vars)
                .send().join().getProcessInstanceKey();

        Eventually.until(() -> instanceGone(twin), Routes.WAIT, "the twin cancelled");
        assertThat(tasks.findByCaseIdOrderByIdAsc(route.caseId())).extracting(CaseTask::id).containsExactly(route.taskId());
    }

    private List<Long> inboxIds() {
        return taskService.inbox().stream().map(t -> t.taskId()).toList();
    }

    private void raise(long pupilId, SignalType type) {
        LocalDate today = routes.schoolDay();
        tx.executeWithoutResult(s -> publisher.publishEvent(new SignalRaised(pupilId, routes.school().id(), type,
                today.minusWeeks(3), today, null, Map.of())));
    }

    private ConversationForm resolved() {
        return new ConversationForm(LocalDate.now(clock), true, true, null, java.util.EnumSet.of(Topic.SOCIAL),
                "Opgelost.", null, Outcome.RESOLVED);
    }

    private boolean jobGone(long jobKey) {
        try {
            client.newUpdateTimeoutCommand(jobKey).timeout(Duration.ofDays(30)).send().join();
            return false;
        } catch (ClientStatusException e) {
            return e.getStatusCode() == Status.Code.NOT_FOUND;
        }
    }

    private boolean instanceGone(long instanceKey) {
        try {
            client.newSetVariablesCommand(instanceKey).variables(Map.of("probe", 1)).send().join();
            return false;
        } catch (ClientStatusException e) {
            return e.getStatusCode() == Status.Code.NOT_FOUND;
        }
    }
}
