package nl.aanwezig.workflow;

import static io.camunda.zeebe.process.test.assertions.BpmnAssert.assertThat;
import static nl.aanwezig.workflow.LegeStoelProcess.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.process.test.assertions.BpmnAssert;
import io.camunda.zeebe.process.test.filters.RecordStream;
import io.camunda.zeebe.process.test.inspections.model.InspectedProcessInstance;
import java.time.LocalDate;
import java.util.EnumSet;
import nl.aanwezig.cases.CaseStage;
import nl.aanwezig.cases.PupilCase;
import nl.aanwezig.cases.conversation.ConversationForm;
import nl.aanwezig.cases.conversation.ConversationService;
import nl.aanwezig.cases.conversation.Outcome;
import nl.aanwezig.cases.conversation.Topic;
import nl.aanwezig.cases.tasks.CaseTask;
import nl.aanwezig.cases.tasks.CaseTasks;
import nl.aanwezig.cases.tasks.OcDecision;
import nl.aanwezig.cases.tasks.OcTaskService;
import nl.aanwezig.cases.timeline.CaseEventType;
import nl.aanwezig.cases.timeline.CaseEvents;
import nl.aanwezig.support.AsUser;
import nl.aanwezig.support.Eventually;
import nl.aanwezig.support.IntegrationTest;
import nl.aanwezig.support.Routes;
import nl.aanwezig.support.TestClock;
import nl.aanwezig.workflow.engine.DurableEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every path of bpmn/lege-stoel.bpmn, through the real engine and the app's own services. */
@IntegrationTest
class LegeStoelProcessIntegrationTest {

    @Autowired Routes routes;
    @Autowired ConversationService conversations;
    @Autowired OcTaskService ocTasks;
    @Autowired CaseTasks tasks;
    @Autowired CaseEvents events;
    @Autowired WorkflowInstances instances;
    @Autowired DurableEngine engine;
    @Autowired TestClock clock;

    @BeforeEach
    void streams() {
        clock.reset();
        BpmnAssert.initRecordStream(RecordStream.of(engine.getRecordStreamSource()));
    }

    @Test
    void resolved_conversation_closes_the_case_and_ends_the_route() throws Exception {
        var route = routes.emptyChair("p-resolved", "t-mentor");
        AsUser.run("t-mentor", "MENTOR", () -> conversations.log(route.taskId(), form(Outcome.RESOLVED, null)));

        routes.awaitCase(route.caseId(), c -> !c.isOpen(), "case closed");
        Eventually.asserted(() -> assertThat(instance(route.caseId())).isCompleted()
                .hasPassedElementsInOrder(CONTACT_PUPIL, CLOSE_CASE, RESOLVED)
                .hasNotPassedElement(OC_INTAKE).hasNotPassedElement(OC_OVERDUE), Routes.WAIT);
        assertThat(events.findByCaseIdOrderByIdAsc(route.caseId())).extracting(e -> e.type())
                .containsSubsequence(CaseEventType.CASE_OPENED, CaseEventType.EMPTY_CHAIR,
                        CaseEventType.CONVERSATION, CaseEventType.CASE_CLOSED);
    }

    @Test
    void keep_watching_plans_a_follow_up_conversation_for_the_mentor() throws Exception {
        var route = routes.emptyChair("p-watch", "t-mentor");
        LocalDate followUp = routes.schoolDay().plusWeeks(1);
        AsUser.run("t-mentor", "MENTOR", () -> conversations.log(route.taskId(), form(Outcome.WATCH, followUp)));

        CaseTask next = routes.openTask(route.caseId(), FOLLOW_UP);
        assertThat(next.assignee()).isEqualTo("t-mentor");
        assertThat(next.dueAt()).isNotNull();
        assertThat(routes.awaitCase(route.caseId(), c -> c.stage() == CaseStage.WATCHING, "watching").isOpen()).isTrue();

        AsUser.run("t-mentor", "MENTOR", () -> conversations.log(next.id(), form(Outcome.RESOLVED, null)));
        routes.awaitCase(route.caseId(), c -> !c.isOpen(), "case closed after follow-up");
        Eventually.asserted(() -> assertThat(instance(route.caseId())).isCompleted()
                .hasPassedElementsInOrder(CONTACT_PUPIL, FOLLOW_UP, CLOSE_CASE).hasNotPassedElement(OC_INTAKE), Routes.WAIT);
    }

    @Test
    void refer_gives_the_oc_an_intake_task_that_takes_the_case_into_the_sat_analysis() throws Exception {
        var route = routes.emptyChair("p-refer", "t-mentor");
        AsUser.run("t-mentor", "MENTOR", () -> conversations.log(route.taskId(), form(Outcome.REFER, null)));

        CaseTask intake = routes.openTask(route.caseId(), OC_INTAKE);
        assertThat(intake.candidateGroup()).isEqualTo("oc");
        assertThat(intake.assignee()).isNull();
        AsUser.run("t-oc", "OC", () -> ocTasks.complete(intake.id(), "Bespreken in SAT op dinsdag.", OcDecision.ANALYSIS));

        routes.awaitCase(route.caseId(), c -> c.stage() == CaseStage.SAT_ANALYSIS, "analysis");
        Eventually.asserted(() -> assertThat(instance(route.caseId())).isCompleted()
                .hasPassedElementsInOrder(CONTACT_PUPIL, OC_INTAKE, START_TIER3, TO_ANALYSIS).hasNotPassedElement(CLOSE_CASE), Routes.WAIT);
    }

    @Test
    void refer_then_close_by_the_oc_closes_the_case() throws Exception {
        var route = routes.emptyChair("p-refer-close", "t-mentor");
        AsUser.run("t-mentor", "MENTOR", () -> conversations.log(route.taskId(), form(Outcome.REFER, null)));
        CaseTask intake = routes.openTask(route.caseId(), OC_INTAKE);
        AsUser.run("t-oc", "OC", () -> ocTasks.complete(intake.id(), "Geen zorgen meer.", OcDecision.CLOSE));

        routes.awaitCase(route.caseId(), c -> !c.isOpen(), "closed by OC");
        Eventually.asserted(() -> assertThat(instance(route.caseId())).isCompleted().hasPassedElement(CLOSED_BY_OC), Routes.WAIT);
    }

    @Test
    void a_second_empty_chair_feeds_the_open_case_instead_of_opening_another() {
        var route = routes.emptyChair("p-feed", "t-mentor");
        // the same day's signal again (a second import of the same day) writes nothing new
        routes.emptyChair("p-feed", "t-mentor");
        assertThat(events.findByCaseIdOrderByIdAsc(route.caseId()))
                .filteredOn(e -> e.type() == CaseEventType.EMPTY_CHAIR).hasSize(1);
        assertThat(tasks.findByCaseIdAndState(route.caseId(), CaseTask.State.OPEN)).hasSize(1);
    }

    private InspectedProcessInstance instance(long caseId) {
        return new InspectedProcessInstance(instances.findFirstByCaseIdAndProcessIdOrderByIdDesc(caseId, ID).orElseThrow().instanceKey());
    }

    static ConversationForm form(Outcome outcome, LocalDate followUp) {
        return new ConversationForm(LocalDate.now(), true, true, null, EnumSet.of(Topic.SLEEP, Topic.SCHOOL),
                "Om 22:30 naar bed; mentor belt vrijdag.", followUp, outcome);
    }
}
