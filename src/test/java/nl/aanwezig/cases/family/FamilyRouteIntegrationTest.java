package nl.aanwezig.cases.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.zeebe.process.test.assertions.BpmnAssert;
import io.camunda.zeebe.process.test.filters.RecordStream;
import io.camunda.zeebe.process.test.inspections.model.InspectedProcessInstance;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.aanwezig.base.Messages;
import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.cases.tasks.CaseTask;
import nl.aanwezig.cases.tasks.CaseTasks;
import nl.aanwezig.cases.tasks.TaskItem;
import nl.aanwezig.cases.tasks.TaskService;
import nl.aanwezig.cases.timeline.CaseEventType;
import nl.aanwezig.cases.timeline.CaseEvents;
import nl.aanwezig.support.AsUser;
import nl.aanwezig.support.Eventually;
import nl.aanwezig.support.IntegrationTest;
import nl.aanwezig.support.Routes;
import nl.aanwezig.support.TestClock;
import nl.aanwezig.support.Tier3Steps;
import nl.aanwezig.workflow.FamilyProcess;
import nl.aanwezig.workflow.FamilyTalkProcess;
import nl.aanwezig.workflow.RouteJob;
import nl.aanwezig.workflow.RouteLedger;
import nl.aanwezig.workflow.RouteStep;
import nl.aanwezig.workflow.Tier3Process;
import nl.aanwezig.workflow.engine.DurableEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Where the tier-3 route asks the family, through the real engine: to agree once the plan is drawn, for their view
 * before the evaluation; and the regievoerder's talk with a family member who does not agree (bpmn/gezin-overleg.bpmn).
 */
@IntegrationTest
class FamilyRouteIntegrationTest {

    @Autowired TestClock testClock;

    @Autowired FamilyTestSupport family;
    @Autowired FamilyAgreements agreements;
    @Autowired FamilyTalks talks;
    @Autowired Routes routes;
    @Autowired Tier3Steps steps;
    @Autowired TaskService taskService;
    @Autowired CaseTasks tasks;
    @Autowired CaseEvents events;
    @Autowired DurableEngine engine;
    @Autowired JdbcTemplate jdbc;
    @Autowired RouteLedger ledger;
    @Autowired @Qualifier("askFamilyViewStep") RouteStep askView;
    @Autowired @Qualifier("askFamilyAgreementStep") RouteStep askAgreement;

    record Asked(String kind, String occasion, LocalDate dueOn) {
    }

    @BeforeEach
    void streams() {
        BpmnAssert.initRecordStream(RecordStream.of(engine.getRecordStreamSource()));
    }

    /** The steps to an orange plan set the app's clock to the engine's; the shared context runs on real time after. */
    @AfterEach
    void realTimeAgain() {
        testClock.reset();
    }

    @Test
    void after_the_plan_is_drawn_the_family_is_asked_to_agree_and_for_their_view_before_the_next_evaluation() {
        var c = family.orangePlan("fr-asked");
        LocalDate nextEvaluation = steps.today().plusWeeks(6);

        Eventually.asserted(() -> assertThat(asked(c.caseId())).containsExactlyInAnyOrder(
                new Asked("AGREEMENT", "PLAN", null), new Asked("VIEW", "EVALUATION", nextEvaluation)), Routes.WAIT);
        Eventually.asserted(() -> BpmnAssert.assertThat(tier3(c.caseId()))
                .hasPassedElementsInOrder(Tier3Process.DRAW_PLAN, Tier3Process.ASK_AGREEMENT,
                        Tier3Process.ASK_VIEW_EVALUATION)
                .isWaitingAtElements(Tier3Process.EVALUATION_WAIT), Routes.WAIT);
        assertThat(events.findByCaseIdOrderByIdAsc(c.caseId())).filteredOn(e -> e.type() == CaseEventType.FAMILY)
                .extracting(e -> e.summary())
                .anySatisfy(s -> assertThat(s).startsWith("Gezin gevraagd om in te stemmen"))
                .anySatisfy(s -> assertThat(s).startsWith("Gezin gevraagd om hun stem"));
    }

    @Test
    void a_job_delivered_twice_asks_the_family_once() {
        var c = family.orangePlan("fr-twice");
        Eventually.asserted(() -> assertThat(asked(c.caseId())).hasSize(2), Routes.WAIT);
        LocalDate due = steps.today().plusWeeks(6);
        Map<String, Object> vars = Map.of("caseId", c.caseId(), "nextEvaluation", due.toString());
        Map<String, String> headers = Map.of("occasion", "EVALUATION", "dueVariable", "nextEvaluation");
        RouteJob view = new RouteJob(913_000_001L, Tier3Process.ID, Tier3Process.ASK_VIEW_EVALUATION, headers, vars);
        RouteJob agree = new RouteJob(913_000_002L, Tier3Process.ID, Tier3Process.ASK_AGREEMENT, Map.of(), vars);

        for (int delivery = 0; delivery < 2; delivery++) {
            askView.run(view);
            askAgreement.run(agree);
        }

        assertThat(asked(c.caseId())).as("the route's own view request and this one are for the same date: one")
                .filteredOn(a -> a.kind().equals("VIEW")).hasSize(1);
        assertThat(asked(c.caseId())).filteredOn(a -> a.kind().equals("AGREEMENT")).hasSize(2);
        assertThat(events.findByCaseIdOrderByIdAsc(c.caseId())).filteredOn(e -> e.type() == CaseEventType.FAMILY)
                .filteredOn(e -> e.summary().startsWith("Gezin gevraagd")).hasSize(3);
    }

    @Test
    void a_parent_who_disagrees_gives_the_regievoerder_a_talk_whose_outcome_goes_on_the_timeline() {
        var c = family.orangePlan("fr-talk");
        String parent = family.join(c.caseId(), FamilyKind.PARENT, "Sanne de Vries", true, "fr-talk-ouder");
        AsUser.run(parent, "OUDER", () -> agreements.decide(c.pupil().id(), false,
                "De begintijd van 8 uur lukt niet met de zorg voor zijn zusje."));

        CaseTask task = routes.openTask(c.caseId(), FamilyTalkProcess.TASK);
        assertThat(task.assignee()).isEqualTo("t-oc");
        assertThat(task.form()).isEqualTo(FamilyTalkProcess.FORM_FAMILY_TALK);
        assertThat(task.dueAt()).isNotNull();
        assertThat(AsUser.call("t-oc", "OC", () -> taskService.inbox())).extracting(TaskItem::taskId)
                .contains(task.id());
        FamilyTalks.Talk talk = AsUser.call("t-oc", "OC", () -> talks.open(task.id()));
        assertThat(talk.answer()).hasValueSatisfying(a -> {
            assertThat(a.name()).isEqualTo("Sanne de Vries");
            assertThat(a.agreed()).isFalse();
            assertThat(a.reason()).contains("begintijd");
        });
        assertThat(talk.plan()).isPresent();

        AsUser.run("t-oc", "OC", () -> talks.complete(task.id(),
                "Start om 8.30 uur afgesproken; moeder stemt nu in."));

        routes.awaitTaskGone(task.id());
        assertThat(events.findByCaseIdOrderByIdAsc(c.caseId())).filteredOn(e -> e.type() == CaseEventType.FAMILY)
                .anySatisfy(e -> assertThat(e.summary()).contains("Start om 8.30 uur afgesproken"));
        long agreementId = jdbc.queryForObject("select id from plan_agreement where case_id = ?", Long.class,
                c.caseId());
        Eventually.asserted(() -> BpmnAssert.assertThat(instance(FamilyProcess.talkKey(agreementId)))
                .isCompleted().hasPassedElementsInOrder(FamilyTalkProcess.TASK, FamilyTalkProcess.TALKED),
                Routes.WAIT);
    }

    @Test
    void completing_the_talk_without_an_outcome_is_refused_in_dutch_and_the_task_stays_open() {
        var c = family.orangePlan("fr-no-outcome");
        String parent = family.join(c.caseId(), FamilyKind.PARENT, "Kees Bakker", true, "fr-no-outcome-ouder");
        AsUser.run(parent, "OUDER", () -> agreements.decide(c.pupil().id(), false, "Te veel tegelijk."));
        CaseTask task = routes.openTask(c.caseId(), FamilyTalkProcess.TASK);

        assertThatThrownBy(() -> AsUser.run("t-oc", "OC", () -> talks.complete(task.id(), "  ")))
                .isInstanceOf(UserFacingException.class)
                .satisfies(e -> assertThat(((UserFacingException) e).messages()).extracting(Messages::text)
                        .containsExactly("Vul de uitkomst van het gesprek in."));

        assertThat(tasks.findById(task.id()).orElseThrow().isOpen()).isTrue();
        assertThat(events.findByCaseIdOrderByIdAsc(c.caseId())).noneMatch(e -> e.summary().startsWith("Overleg met"));
    }

    @Test
    void a_mentor_who_is_not_the_regievoerder_is_refused_the_talk() {
        var c = family.orangePlan("fr-talk-refused");
        String parent = family.join(c.caseId(), FamilyKind.PARENT, "Ali Yilmaz", true, "fr-talk-refused-ouder");
        AsUser.run(parent, "OUDER", () -> agreements.decide(c.pupil().id(), false, "Niet met ons besproken."));
        CaseTask task = routes.openTask(c.caseId(), FamilyTalkProcess.TASK);

        assertThatThrownBy(() -> AsUser.run("t-mentor", "MENTOR", () -> talks.complete(task.id(), "Besproken.")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.run("t-oc2", "OC", () -> talks.open(task.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(tasks.findById(task.id()).orElseThrow().isOpen()).isTrue();
    }

    @Test
    void without_a_regievoerder_the_talk_is_offered_to_the_schools_ocs() {
        var c = family.orangePlan("fr-talk-no-regie");
        long schoolId = jdbc.queryForObject("select school_id from pupil_case where id = ?", Long.class, c.caseId());
        var vars = RouteLedger.caseVariables(c.caseId(), c.pupil().id(), schoolId);
        vars.put(FamilyTalkProcess.VAR_AGREEMENT_ID, 0L);
        ledger.startOnce(c.caseId(), FamilyTalkProcess.ID, FamilyProcess.talkKey(-c.caseId()), vars);

        CaseTask task = routes.openTask(c.caseId(), FamilyTalkProcess.TASK);
        assertThat(task.assignee()).isNull();
        assertThat(task.candidateGroup()).isEqualTo("oc");
        assertThat(AsUser.call("t-oc", "OC", () -> talks.open(task.id())).answer()).isEmpty();
    }

    private List<Asked> asked(long caseId) {
        return jdbc.query("select kind, occasion, due_on from family_request where case_id = ? order by id",
                (rs, i) -> new Asked(rs.getString(1), rs.getString(2),
                        rs.getDate(3) == null ? null : rs.getDate(3).toLocalDate()), caseId);
    }

    private InspectedProcessInstance tier3(long caseId) {
        return instance(Tier3Process.routeKey(caseId));
    }

    private InspectedProcessInstance instance(String routeKey) {
        return new InspectedProcessInstance(Eventually.get(() -> jdbc.queryForList(
                "select instance_key from workflow_instance where route_key = ? and instance_key is not null",
                Long.class, routeKey).stream().findFirst(), Routes.WAIT, "the instance of " + routeKey));
    }
}
