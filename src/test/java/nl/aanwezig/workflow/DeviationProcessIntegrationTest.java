package nl.aanwezig.workflow;

import static io.camunda.zeebe.process.test.assertions.BpmnAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.zeebe.process.test.assertions.BpmnAssert;
import io.camunda.zeebe.process.test.filters.RecordStream;
import io.camunda.zeebe.process.test.inspections.model.InspectedProcessInstance;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import nl.aanwezig.attendance.domain.ApprovedTimetable.TimeWindow;
import nl.aanwezig.attendance.figures.Period;
import nl.aanwezig.cases.tasks.CaseTask;
import nl.aanwezig.cases.tasks.CaseTasks;
import nl.aanwezig.cases.tasks.TaskItem;
import nl.aanwezig.cases.tasks.TaskService;
import nl.aanwezig.cases.timeline.CaseEventType;
import nl.aanwezig.cases.timeline.CaseEvents;
import nl.aanwezig.legal.deviation.DeviationApproved;
import nl.aanwezig.legal.deviation.DeviationEvaluationService;
import nl.aanwezig.legal.deviation.DeviationEvaluationService.Outcome;
import nl.aanwezig.legal.deviation.DeviationFixtures;
import nl.aanwezig.legal.deviation.DeviationForm;
import nl.aanwezig.legal.deviation.DeviationRequest;
import nl.aanwezig.legal.deviation.DeviationService;
import nl.aanwezig.school.Pupil;
import nl.aanwezig.school.Schools;
import nl.aanwezig.support.AsUser;
import nl.aanwezig.support.Eventually;
import nl.aanwezig.support.IntegrationTest;
import nl.aanwezig.support.Routes;
import nl.aanwezig.support.TestData;
import nl.aanwezig.workflow.engine.DurableEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.TestPropertySource;

/**
 * bpmn/onderwijstijd-afwijking.bpmn through the real engine with its clock moved: a reminder before an approved
 * deviation expires gives the OC an evaluation task. Its own application context (the property makes Spring cache it
 * apart), so moving the clock fires no other test class's timers.
 */
@IntegrationTest
@TestPropertySource(properties = "aanwezig.test.context=legal-deviation")
class DeviationProcessIntegrationTest {

    static final String OC = DeviationFixtures.OC;
    static final Map<DayOfWeek, List<TimeWindow>> WINDOWS = Map.of(DayOfWeek.MONDAY,
            List.of(new TimeWindow(LocalTime.of(8, 30), LocalTime.of(12, 0))), DayOfWeek.THURSDAY,
            List.of(new TimeWindow(LocalTime.of(8, 30), LocalTime.of(12, 0))));

    @Autowired DeviationFixtures fixtures;
    @Autowired DeviationService deviations;
    @Autowired DeviationEvaluationService evaluations;
    @Autowired TaskService taskService;
    @Autowired TestData data;
    @Autowired Schools schools;
    @Autowired CaseTasks tasks;
    @Autowired CaseEvents events;
    @Autowired WorkflowInstances instances;
    @Autowired Routes routes;
    @Autowired DurableEngine engine;

    @BeforeEach
    void streams() {
        BpmnAssert.initRecordStream(RecordStream.of(engine.getRecordStreamSource()));
    }

    @Test
    void a_reminder_before_expiry_gives_the_oc_an_evaluation_task_and_extending_drafts_the_next_request() throws Exception {
        Pupil pupil = pupil("dev-route");
        long caseId = fixtures.openCase(pupil);
        Period period = period();
        long id = fixtures.approved(pupil, form(period), LocalDate.now());

        InspectedProcessInstance route = instance(id);
        Eventually.asserted(() -> assertThat(route).isWaitingAtElements(DeviationProcess.REMINDER), Routes.WAIT);
        assertThat(tasks.findByCaseIdAndState(caseId, CaseTask.State.OPEN)).extracting(CaseTask::elementId)
                .doesNotContain(DeviationProcess.EVALUATE);

        engine.increaseTime(Duration.ofDays(ChronoUnit.DAYS.between(LocalDate.now(), period.to()) + 1));

        CaseTask task = routes.openTask(caseId, DeviationProcess.EVALUATE);
        assertThat(task.form()).isEqualTo("deviation-evaluation");
        assertThat(task.candidateGroup()).isEqualTo("oc");
        assertThat(AsUser.call(OC, "OC", () -> taskService.inbox())).extracting(TaskItem::taskId).contains(task.id());
        assertThat(AsUser.call("t-oc-dev2", "OC", () -> taskService.inbox())).extracting(TaskItem::taskId)
                .doesNotContain(task.id());
        assertThatThrownBy(() -> AsUser.call("t-mentor-dev", "MENTOR",
                () -> evaluations.complete(task.id(), Outcome.EXTEND, "")))
                .isInstanceOf(AccessDeniedException.class);

        Long next = AsUser.call(OC, "OC", () -> evaluations.complete(task.id(), Outcome.EXTEND, "Nog niet zover."));

        DeviationService.DeviationView draft = AsUser.call(OC, "OC", () -> deviations.get(next));
        assertThat(draft.status()).isEqualTo(DeviationRequest.Status.DRAFT);
        assertThat(draft.form().validFrom()).isEqualTo(period.to().plusDays(1));
        assertThat(draft.form().windows()).isEqualTo(WINDOWS);
        Eventually.asserted(() -> assertThat(route).isCompleted()
                .hasPassedElementsInOrder(DeviationProcess.REMINDER, DeviationProcess.EVALUATE, DeviationProcess.EVALUATED),
                Routes.WAIT);
        assertThat(events.findByCaseIdOrderByIdAsc(caseId)).filteredOn(e -> e.type() == CaseEventType.DEVIATION)
                .extracting(e -> e.summary()).anyMatch(s -> s.contains("goedgekeurd"))
                .anyMatch(s -> s.contains("verlengen met een nieuwe aanvraag. Nog niet zover."));
    }

    @Test
    void withdrawing_an_approved_deviation_ends_its_route_before_the_reminder() {
        Pupil pupil = pupil("dev-route-withdraw");
        long caseId = fixtures.openCase(pupil);
        long id = fixtures.approved(pupil, form(period()), LocalDate.now());
        InspectedProcessInstance route = instance(id);
        Eventually.asserted(() -> assertThat(route).isWaitingAtElements(DeviationProcess.REMINDER), Routes.WAIT);

        AsUser.run(OC, "OC", () -> deviations.withdraw(id));

        Eventually.asserted(() -> assertThat(route).isTerminated().hasNotPassedElement(DeviationProcess.EVALUATE),
                Routes.WAIT);
        assertThat(tasks.findByCaseIdAndState(caseId, CaseTask.State.OPEN)).isEmpty();
    }

    private InspectedProcessInstance instance(long deviationId) {
        Long key = Eventually.get(() -> instances.findByRouteKey(DeviationApproved.routeKey(deviationId))
                .map(WorkflowInstance::instanceKey), Routes.WAIT, "route of deviation " + deviationId);
        return new InspectedProcessInstance(key);
    }

    /** Six weeks from today, or from the next school year when those would cross 31 July. */
    private static Period period() {
        LocalDate from = LocalDate.now();
        if (Period.schoolYearOf(from) != Period.schoolYearOf(from.plusWeeks(6))) {
            from = Period.schoolYear(Period.schoolYearOf(from) + 1).from();
        }
        return Period.custom(from, from.plusWeeks(6));
    }

    private static DeviationForm form(Period period) {
        return new DeviationForm(DeviationFixtures.hours(WINDOWS), period.from(), period.to(), WINDOWS);
    }

    private Pupil pupil(String leerling) {
        return data.pupil(schools.findByBrin("T19VO").orElseThrow(), leerling, "K-" + leerling, "t-mentor-dev");
    }
}
