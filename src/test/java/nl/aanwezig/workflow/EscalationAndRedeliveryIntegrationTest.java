package nl.aanwezig.workflow;

import static io.camunda.zeebe.process.test.assertions.BpmnAssert.assertThat;
import static nl.aanwezig.workflow.LegeStoelProcess.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.zeebe.process.test.assertions.BpmnAssert;
import io.camunda.zeebe.process.test.filters.RecordStream;
import io.camunda.zeebe.process.test.inspections.model.InspectedProcessInstance;
import io.camunda.zeebe.protocol.record.intent.JobIntent;
import java.time.Duration;
import java.util.Map;
import java.util.stream.StreamSupport;
import nl.aanwezig.attendance.signals.EmptyChairDetection;
import nl.aanwezig.cases.Cases;
import nl.aanwezig.cases.PupilCase;
import nl.aanwezig.cases.tasks.CaseTask;
import nl.aanwezig.cases.tasks.CaseTasks;
import nl.aanwezig.cases.timeline.CaseEventType;
import nl.aanwezig.cases.timeline.CaseEvents;
import nl.aanwezig.school.Pupil;
import nl.aanwezig.support.Eventually;
import nl.aanwezig.support.IntegrationTest;
import nl.aanwezig.support.Routes;
import nl.aanwezig.support.TestData;
import nl.aanwezig.support.TestJob;
import nl.aanwezig.workflow.engine.DurableEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
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
    @Autowired DurableEngine engine;
    @Autowired RouteStepRunner runner;
    @Autowired @Qualifier("closeCaseStep") RouteStep closeCase;
    @Autowired JdbcTemplate jdbc;
    @Autowired WorkflowStartup startup;
    @Autowired TestData data;
    @Autowired EmptyChairDetection signals;
    @Autowired Cases cases;
    @Value("${aanwezig.engine.task-claim-timeout}") Duration claimTimeout;

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
        // the redelivered job found its task, and the worker kept the job again
        Eventually.until(() -> count(firstJob, JobIntent.TIMEOUT_UPDATED) >= 2, Routes.WAIT,
                "job " + firstJob + " kept again after its redelivery");

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

        assertThat(runner.run(closeCase, job)).isEmpty();
        assertThat(runner.run(closeCase, job)).isEmpty();

        assertThat(routes.awaitCase(route.caseId(), c -> !c.isOpen(), "closed").isOpen()).isFalse();
        assertThat(events.findByCaseIdOrderByIdAsc(route.caseId()))
                .filteredOn(e -> e.type() == CaseEventType.CASE_CLOSED).hasSize(1);
        assertThat(jdbc.queryForObject("select count(*) from processed_job where job_key = ?", Integer.class,
                job.getKey())).isEqualTo(1);
    }

    /**
     * A node that activated a user-task job and died before its task was committed (another client that takes the
     * job and never answers): the job is held only for the claim, then comes back to the app, which writes its task
     * once and keeps the job for weeks.
     */
    @Test
    void a_task_whose_node_died_between_activation_and_commit_arrives_once_after_the_claim_runs_out() throws Exception {
        startup.closeInbox();
        long caseId;
        long jobKey;
        try (CamundaClient deadNode = engine.createClient()) {
            Pupil pupil = data.pupil(routes.school(), "p-dead-node", "2B", "t-mentor");
            data.voDay(pupil, routes.schoolDay(), 2);
            signals.detectEmptyChairs(routes.school().id());
            caseId = cases.findByPupilIdAndStatus(pupil.id(), PupilCase.Status.OPEN).orElseThrow().id();
            // the other node takes the job (and with it the claim) and dies before it writes the task
            jobKey = Eventually.get(() -> deadNode.newActivateJobsCommand().jobType(UserTaskWorker.JOB_TYPE)
                    .maxJobsToActivate(100).timeout(claimTimeout).send().join().getJobs().stream()
                    .filter(j -> j.getVariablesAsMap().get("caseId") instanceof Number n && n.longValue() == caseId)
                    .map(ActivatedJob::getKey).findFirst(), Routes.WAIT, "the dead node's activation");
        } finally {
            startup.openInbox();
        }
        assertThat(tasks.findByCaseIdOrderByIdAsc(caseId)).as("no task while the dead node holds the job").isEmpty();

        engine.increaseTime(claimTimeout.plusSeconds(1));
        long key = jobKey;
        CaseTask task = routes.openTask(caseId, CONTACT_PUPIL);
        assertThat(task.jobKey()).isEqualTo(key);
        Eventually.until(() -> count(key, JobIntent.TIMEOUT_UPDATED) == 1, Routes.WAIT, "the job kept after the commit");

        // past another claim: the committed task keeps its job, nothing is handed out again
        engine.increaseTime(claimTimeout.plusSeconds(1));
        engine.waitForIdleState(Routes.WAIT);
        assertThat(count(key, JobIntent.TIMED_OUT)).as("timed out once: the dead node's claim").isEqualTo(1);
        // (the other test may have moved the engine past the mentor's deadline: the OC's overdue task is no concern here)
        assertThat(tasks.findByCaseIdOrderByIdAsc(caseId)).filteredOn(t -> t.elementId().equals(CONTACT_PUPIL))
                .extracting(CaseTask::jobKey).containsExactly(key);
    }

    private long count(long jobKey, JobIntent intent) {
        return StreamSupport.stream(RecordStream.of(engine.getRecordStreamSource()).jobRecords().spliterator(), false)
                .filter(r -> r.getKey() == jobKey && r.getIntent() == intent).count();
    }

    private boolean timedOut(long jobKey) {
        return StreamSupport.stream(RecordStream.of(engine.getRecordStreamSource()).jobRecords().spliterator(), false)
                .anyMatch(r -> r.getKey() == jobKey && r.getIntent() == JobIntent.TIMED_OUT);
    }
}
