package nl.aanwezig.workflow;

import static io.camunda.zeebe.process.test.assertions.BpmnAssert.assertThat;
import static nl.aanwezig.workflow.LegeStoelProcess.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.client.api.response.ActivatedJob;
import io.camunda.zeebe.process.test.api.ZeebeTestEngine;
import io.camunda.zeebe.process.test.assertions.BpmnAssert;
import io.camunda.zeebe.process.test.filters.RecordStream;
import io.camunda.zeebe.process.test.inspections.model.InspectedProcessInstance;
import io.camunda.zeebe.protocol.record.intent.JobIntent;
import java.time.Duration;
import java.util.Map;
import java.util.stream.StreamSupport;
import nl.aanwezig.cases.CaseEventType;
import nl.aanwezig.cases.CaseEvents;
import nl.aanwezig.cases.CaseTask;
import nl.aanwezig.cases.CaseTasks;
import nl.aanwezig.support.Eventually;
import nl.aanwezig.support.IntegrationTest;
import nl.aanwezig.support.Routes;
import nl.aanwezig.support.TestJob;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Moves the engine's clock, so it gets an engine of its own: the context is thrown away afterwards and
 * other tests keep an engine whose time is real.
 */
@IntegrationTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class EscalationAndRedeliveryIntegrationTest {

    @Autowired Routes routes;
    @Autowired CaseTasks tasks;
    @Autowired CaseEvents events;
    @Autowired WorkflowInstances instances;
    @Autowired ZeebeTestEngine engine;
    @Autowired CloseCaseWorker closeCase;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void streams() {
        BpmnAssert.initRecordStream(RecordStream.of(engine.getRecordStreamSource()));
    }

    @Test
    void a_mentor_task_not_done_within_a_school_day_escalates_to_the_oc_once_and_redelivery_writes_once()
            throws Exception {
        var route = routes.emptyChair("p-overdue", "t-mentor");
        long firstJob = tasks.findById(route.taskId()).orElseThrow().jobKey();

        // past the deadline (at most 3 days away, weekend included): the boundary timer fires
        engine.increaseTime(Duration.ofDays(4));
        CaseTask overdue = routes.openTask(route.caseId(), OC_OVERDUE);
        assertThat(overdue.candidateGroup()).isEqualTo("oc");
        assertThat(tasks.findById(route.taskId()).orElseThrow().isOpen()).as("mentor task keeps running").isTrue();

        // past the user-task job timeout: the engine hands the same jobs out again
        engine.increaseTime(Duration.ofDays(31));
        Eventually.until(() -> timedOut(firstJob), Routes.WAIT, "job " + firstJob + " timed out");
        Thread.sleep(1000); // the worker's next poll after the redelivery

        assertThat(tasks.findByCaseIdAndState(route.caseId(), CaseTask.State.OPEN))
                .extracting(CaseTask::elementId).containsExactlyInAnyOrder(CONTACT_PUPIL, OC_OVERDUE);
        assertThat(events.findByCaseIdOrderByIdAsc(route.caseId()))
                .filteredOn(e -> e.type() == CaseEventType.TASK_OPENED).hasSize(2);
        Eventually.asserted(() -> assertThat(new InspectedProcessInstance(instances.findFirstByCaseIdAndProcessIdOrderByIdDesc(route.caseId(), ID).orElseThrow().instanceKey()))
                .hasPassedElement(MENTOR_OVERDUE, 1).isWaitingAtElements(CONTACT_PUPIL, OC_OVERDUE), Routes.WAIT);
    }

    @Test
    void a_close_case_job_delivered_twice_closes_and_records_once() {
        var route = routes.emptyChair("p-twice", "t-mentor");
        ActivatedJob job = new TestJob(987_654_321L, Map.of("caseId", route.caseId()));

        closeCase.handle(job);
        closeCase.handle(job);

        assertThat(routes.awaitCase(route.caseId(), c -> !c.isOpen(), "closed").isOpen()).isFalse();
        assertThat(events.findByCaseIdOrderByIdAsc(route.caseId()))
                .filteredOn(e -> e.type() == CaseEventType.CASE_CLOSED).hasSize(1);
        assertThat(jdbc.queryForObject("select count(*) from processed_job where job_key = ?", Integer.class,
                job.getKey())).isEqualTo(1);
    }

    private boolean timedOut(long jobKey) {
        return StreamSupport.stream(RecordStream.of(engine.getRecordStreamSource()).jobRecords().spliterator(), false)
                .anyMatch(r -> r.getKey() == jobKey && r.getIntent() == JobIntent.TIMED_OUT);
    }
}
