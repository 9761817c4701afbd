package nl.aanwezig.workflow;

import static io.camunda.zeebe.process.test.assertions.BpmnAssert.assertThat;
import static nl.aanwezig.workflow.DuoProcess.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.process.test.assertions.BpmnAssert;
import io.camunda.zeebe.process.test.filters.RecordStream;
import io.camunda.zeebe.process.test.inspections.model.InspectedProcessInstance;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import nl.aanwezig.base.TimeConfig;
import nl.aanwezig.cases.tasks.CaseTask;
import nl.aanwezig.cases.timeline.CaseEvents;
import nl.aanwezig.legal.duo.DuoReport;
import nl.aanwezig.legal.duo.DuoReportService;
import nl.aanwezig.legal.duo.DuoStatus;
import nl.aanwezig.legal.duo.LeerplichtAction;
import nl.aanwezig.legal.duo.LeerplichtReportService;
import nl.aanwezig.support.AsUser;
import nl.aanwezig.support.DuoFixtures;
import nl.aanwezig.support.Eventually;
import nl.aanwezig.support.IntegrationTest;
import nl.aanwezig.support.Routes;
import nl.aanwezig.support.Tier3Steps;
import nl.aanwezig.workflow.engine.DurableEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Every path of bpmn/duo-melding.bpmn through the real engine, with the engine's clock moved: the reminder before the
 * deadline, the escalation when it passes, the weekly follow-up question, withdrawal, and leerplicht closing. Its own
 * context, so moving the clock fires no other class's timers.
 */
@IntegrationTest
@TestPropertySource(properties = "aanwezig.test.context=legal-duo")
class DuoProcessIntegrationTest {

    @Autowired DuoFixtures duo;
    @Autowired Routes routes;
    @Autowired Tier3Steps steps;
    @Autowired DuoReportService reports;
    @Autowired LeerplichtReportService leerplicht;
    @Autowired CaseEvents events;
    @Autowired WorkflowInstances instances;
    @Autowired DurableEngine engine;
    @Autowired Clock clock;

    @BeforeEach
    void streams() {
        steps.sync();
        BpmnAssert.initRecordStream(RecordStream.of(engine.getRecordStreamSource()));
    }

    @AfterEach
    void resync() {
        steps.sync();
    }

    @Test
    void a_report_not_made_gets_a_reminder_before_the_deadline_and_escalates_to_the_schools_directie_when_it_passes() {
        var r = duo.sixteenHours("duo-late", steps.today());
        DuoReport concept = AsUser.call("t-oc", "OC", () -> reports.forTask(r.reportTask().id()));
        assertThat(concept.status()).isEqualTo(DuoStatus.CONCEPT);
        assertThat(concept.hours()).isEqualTo(18);

        advanceTo(concept.deadline().minusDays(2).atTime(8, 1).atZone(TimeConfig.SCHOOL_ZONE));
        Eventually.until(() -> timeline(r.caseId()).contains("Herinnering"), Routes.WAIT, "reminder on the timeline");
        assertThat(routes.openTasks(r.caseId(), OVERDUE)).as("not yet escalated").isEmpty();

        advanceTo(concept.deadline().atTime(17, 1).atZone(TimeConfig.SCHOOL_ZONE));
        CaseTask overdue = routes.openTask(r.caseId(), OVERDUE);
        // issue #21: T1VO has a directie (t-directie), so the school's leadership gets it, not the OC
        assertThat(overdue.candidateGroup()).isEqualTo("directie");
        assertThat(timeline(r.caseId())).contains("geëscaleerd naar de schoolleiding");
        assertThat(routes.openTasks(r.caseId(), REPORT)).as("the report itself is still to be made").hasSize(1);
        Eventually.asserted(() -> assertThat(route(r.caseId())).hasPassedElement(REMIND).hasPassedElement(ESCALATE)
                .isWaitingAtElements(REPORT, OVERDUE), Routes.WAIT);
    }

    @Test
    void a_report_made_in_time_goes_to_leerplicht_who_is_asked_weekly_about_continuing_absence_and_closes_it() {
        var r = duo.sixteenHours("duo-made", steps.today());
        AsUser.run("t-oc", "OC", () -> reports.report(r.reportTask().id(),
                DuoFixtures.made(r.lastDay().minusDays(4), r.lastDay(), steps.today())));
        CaseTask followUp = routes.openTask(r.caseId(), FOLLOW_UP);
        assertThat(followUp.candidateGroup()).isEqualTo("leerplicht");

        steps.advance(Duration.ofDays(6));
        assertThat(routes.openTasks(r.caseId(), CONTINUING)).as("not within 7 days").isEmpty();
        steps.advance(Duration.ofDays(1).plusHours(1));
        routes.openTask(r.caseId(), CONTINUING);

        DuoReport made = AsUser.call("t-leerplicht", "LEERPLICHT", () -> leerplicht.forTask(followUp.id()).report());
        AsUser.run("t-leerplicht", "LEERPLICHT", () -> leerplicht.recordAction(made.id(), LeerplichtAction.GESPREK,
                steps.today(), "Gesprek met leerling en moeder op het stadhuis."));
        assertThat(AsUser.call("t-leerplicht", "LEERPLICHT", () -> leerplicht.open(made.id())).report().status())
                .isEqualTo(DuoStatus.IN_BEHANDELING);
        AsUser.run("t-leerplicht", "LEERPLICHT", () -> leerplicht.close(made.id(), DuoStatus.AFGESLOTEN));

        routes.awaitTaskGone(followUp.id());
        Eventually.asserted(() -> assertThat(route(r.caseId())).hasPassedElement(DONE)
                .hasNotPassedElement(REMIND).hasNotPassedElement(WITHDRAWN_END), Routes.WAIT);
        assertThat(AsUser.call("t-oc", "OC", () -> leerplicht.open(made.id())).report().status())
                .isEqualTo(DuoStatus.AFGESLOTEN);
    }

    @Test
    void a_withdrawn_report_ends_the_route_without_leerplicht() {
        var r = duo.sixteenHours("duo-withdrawn", steps.today());
        AsUser.run("t-oc", "OC", () -> reports.withdraw(r.reportTask().id(), "Alsnog ziekgemeld door de huisarts."));

        routes.awaitTaskGone(r.reportTask().id());
        Eventually.asserted(() -> assertThat(route(r.caseId())).hasPassedElement(WITHDRAWN_END)
                .hasNotPassedElement(FOLLOW_UP), Routes.WAIT);
        assertThat(routes.openTasks(r.caseId(), FOLLOW_UP)).isEmpty();
    }

    private void advanceTo(ZonedDateTime at) {
        Duration d = Duration.between(ZonedDateTime.now(clock), at);
        if (!d.isNegative()) {
            steps.advance(d);
        }
    }

    private String timeline(long caseId) {
        return String.join("\n", events.findByCaseIdOrderByIdAsc(caseId).stream().map(e -> e.summary()).toList());
    }

    private InspectedProcessInstance route(long caseId) {
        return new InspectedProcessInstance(instances.findFirstByCaseIdAndProcessIdOrderByIdDesc(caseId, ID)
                .orElseThrow().instanceKey());
    }
}
