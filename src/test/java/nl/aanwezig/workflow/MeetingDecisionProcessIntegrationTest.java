package nl.aanwezig.workflow;

import static io.camunda.zeebe.process.test.assertions.BpmnAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.zeebe.process.test.assertions.BpmnAssert;
import io.camunda.zeebe.process.test.filters.RecordStream;
import io.camunda.zeebe.process.test.inspections.model.InspectedProcessInstance;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import nl.aanwezig.base.TimeConfig;
import nl.aanwezig.cases.CaseStage;
import nl.aanwezig.cases.tasks.CaseTask;
import nl.aanwezig.cases.tasks.CaseTasks;
import nl.aanwezig.cases.tasks.TaskItem;
import nl.aanwezig.cases.tasks.TaskService;
import nl.aanwezig.cases.timeline.CaseEventType;
import nl.aanwezig.cases.timeline.CaseEvents;
import nl.aanwezig.review.DecisionService;
import nl.aanwezig.review.MeetingFixtures;
import nl.aanwezig.review.MeetingForm;
import nl.aanwezig.review.MeetingService;
import nl.aanwezig.review.MinutesForm;
import nl.aanwezig.review.MinutesService;
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

/** bpmn/casusoverleg-besluit.bpmn through the real engine: a decision of the minutes is a task in its owner's inbox. */
@IntegrationTest
class MeetingDecisionProcessIntegrationTest {

    static final String OC = "t-oc-co";

    @Autowired MeetingService meetings;
    @Autowired MinutesService minutes;
    @Autowired DecisionService decisions;
    @Autowired TaskService taskService;
    @Autowired MeetingFixtures fixtures;
    @Autowired TestData data;
    @Autowired Schools schools;
    @Autowired CaseTasks tasks;
    @Autowired CaseEvents events;
    @Autowired WorkflowInstances instances;
    @Autowired DurableEngine engine;

    @BeforeEach
    void streams() {
        BpmnAssert.initRecordStream(RecordStream.of(engine.getRecordStreamSource()));
    }

    @Test
    void each_decision_becomes_a_task_for_its_owner_who_records_what_was_done() {
        Pupil pupil = data.pupil(schools.findByBrin("T10VO").orElseThrow(), "co-engine", "2C", "t-mentor-co");
        long caseId = fixtures.openCase(pupil, CaseStage.ORANGE_PLAN, null);
        fixtures.join(caseId, "t-leerplicht", "LEERPLICHT");
        LocalDate day = LocalDate.now(TimeConfig.SCHOOL_ZONE);
        LocalDate due = day.plusWeeks(2);
        long itemId = AsUser.call(OC, "OC", () -> {
            long meetingId = meetings.plan(new MeetingForm(day, LocalTime.of(15, 0), Set.of(OC), "Jeugd- en gezinscoach"));
            meetings.putOnAgenda(meetingId, caseId, List.of());
            return meetings.meeting(meetingId).items().getFirst().id();
        });
        AsUser.run(OC, "OC", () -> minutes.save(itemId, 0, new MinutesForm("Leerling komt twee dagen niet; ouders ongerust.",
                List.of(new MinutesForm.DecisionForm("Huisbezoek met ouders plannen", "t-leerplicht", due),
                        new MinutesForm.DecisionForm("Rooster aanpassen", "t-mentor-co", due.plusDays(3))))));

        CaseTask forPartner = openTaskOf(caseId, "t-leerplicht");
        CaseTask forMentor = openTaskOf(caseId, "t-mentor-co");
        assertThat(forPartner.form()).isEqualTo("meeting-decision");
        assertThat(forPartner.titleKey()).isEqualTo("task.meeting-decision");
        assertThat(forPartner.dueAt()).isEqualTo(due.atTime(17, 0).atZone(TimeConfig.SCHOOL_ZONE).toInstant());
        List<TaskItem> inbox = AsUser.call("t-leerplicht", "LEERPLICHT", () -> taskService.inbox());
        assertThat(inbox).extracting(TaskItem::taskId).contains(forPartner.id()).doesNotContain(forMentor.id());
        assertThat(AsUser.call("t-leerplicht", "LEERPLICHT", () -> decisions.open(forPartner.id())).description())
                .isEqualTo("Huisbezoek met ouders plannen");
        // someone else's decision is not theirs to complete
        assertThatThrownBy(() -> AsUser.run("t-mentor-co", "MENTOR", () -> decisions.complete(forPartner.id(), "Gedaan")))
                .isInstanceOf(AccessDeniedException.class);

        AsUser.run("t-leerplicht", "LEERPLICHT", () -> decisions.complete(forPartner.id(), "Huisbezoek op 3 december."));

        assertThat(tasks.findById(forPartner.id()).orElseThrow().isOpen()).isFalse();
        Eventually.asserted(() -> assertThat(instance(forPartner)).isCompleted()
                .hasPassedElementsInOrder(MeetingDecisionProcess.CARRY_OUT, MeetingDecisionProcess.CARRIED_OUT), Routes.WAIT);
        assertThat(instance(forMentor)).isActive().hasNotPassedElement(MeetingDecisionProcess.CARRIED_OUT);
        assertThat(events.findByCaseIdOrderByIdAsc(caseId)).filteredOn(e -> e.type() == CaseEventType.MEETING_DECISION)
                .extracting(e -> e.summary()).anyMatch(s -> s.contains("Huisbezoek op 3 december."));
    }

    private CaseTask openTaskOf(long caseId, String owner) {
        return Eventually.get(() -> tasks.findByCaseIdAndState(caseId, CaseTask.State.OPEN).stream()
                .filter(t -> MeetingDecisionProcess.CARRY_OUT.equals(t.elementId()) && owner.equals(t.assignee())).findFirst(),
                Routes.WAIT, "decision task of " + owner);
    }

    private InspectedProcessInstance instance(CaseTask task) {
        return new InspectedProcessInstance(instances.findById(task.routeId()).orElseThrow().instanceKey());
    }
}
