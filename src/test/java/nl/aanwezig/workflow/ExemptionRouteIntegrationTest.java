package nl.aanwezig.workflow;

import static io.camunda.zeebe.process.test.assertions.BpmnAssert.assertThat;
import static nl.aanwezig.workflow.ExemptionProcess.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.CamundaClient;
import io.camunda.zeebe.process.test.assertions.BpmnAssert;
import io.camunda.zeebe.process.test.filters.RecordStream;
import io.camunda.zeebe.process.test.inspections.model.InspectedProcessInstance;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import nl.aanwezig.base.TimeConfig;
import nl.aanwezig.legal.exemption.Decision;
import nl.aanwezig.legal.exemption.ExemptionService;
import nl.aanwezig.legal.exemption.ExemptionSteps;
import nl.aanwezig.legal.exemption.Notice;
import nl.aanwezig.legal.exemption.PanelService;
import nl.aanwezig.legal.exemption.PeriodKind;
import nl.aanwezig.legal.exemption.ReviewCalendar;
import nl.aanwezig.legal.exemption.Statement;
import nl.aanwezig.school.Pupil;
import nl.aanwezig.school.Sector;
import nl.aanwezig.support.AsUser;
import nl.aanwezig.support.Eventually;
import nl.aanwezig.support.IntegrationTest;
import nl.aanwezig.support.Routes;
import nl.aanwezig.support.TestClock;
import nl.aanwezig.support.TestData;
import nl.aanwezig.workflow.engine.DurableEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * The paths of bpmn/vrijstelling.bpmn through the real engine, its timers moved forward: review moments, the renewal
 * reminder before 1 July, the end of the period. Its own context: moving the engine's clock months ahead would fire
 * the other test classes' deadlines.
 */
@IntegrationTest
@TestPropertySource(properties = "aanwezig.test.context=legal-exemption")
class ExemptionRouteIntegrationTest {

    static final String LEERPLICHT = "t-lp-regio";

    @Autowired ExemptionService exemptions;
    @Autowired ExemptionSteps steps;
    @Autowired PanelService panel;
    @Autowired nl.aanwezig.legal.exemption.DecisionCorrections corrections;
    @Autowired TestData data;
    @Autowired JdbcTemplate jdbc;
    @Autowired DurableEngine engine;
    @Autowired TestClock clock;
    @Autowired TaskLiveness liveness;
    @Autowired CamundaClient client;

    @BeforeEach
    void streams() {
        BpmnAssert.initRecordStream(RecordStream.of(engine.getRecordStreamSource()));
        sync();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void a_granted_school_year_exemption_is_reviewed_reminded_before_1_july_and_ends_with_its_period() {
        // the calendar this path follows: a notice between August and February, a review moment in spring, before the
        // reminder of 1 May and the end of July; from March to July the engine and the app move on to 1 October first
        LocalDate real = LocalDate.now(clock);
        if (real.getMonthValue() >= 3 && real.getMonthValue() < 8) {
            advanceTo(LocalDate.of(real.getYear(), 10, 1));
        }
        LocalDate today = LocalDate.now(clock);
        assertThat(today.getMonthValue() >= 8 || today.getMonthValue() < 3).as("a notice between August and February").isTrue();
        Pupil p = pupil("ex-route-1");
        long id = AsUser.call(LEERPLICHT, "LEERPLICHT", () -> exemptions.register(
                new Notice(p.id(), today, "Ouders van " + p.firstName(), null, "t-jeugdarts")));

        Task write = awaitTask(id, WRITE_STATEMENT);
        assertThat(write.assignee()).isEqualTo("t-jeugdarts");
        AsUser.run("t-jeugdarts", "JEUGDARTS", () -> steps.writeStatement(write.id(), new Statement("Dr. J. Jeugdarts (GGD)",
                true, false, today, "Onderwijs thuis, twee ochtenden per week.", false), "Medisch: angststoornis."));

        Task decide = awaitTask(id, DECIDE);
        assertThat(decide.assignee()).isEqualTo(LEERPLICHT);
        LocalDate validTo = ReviewCalendar.endOfSchoolYear(today);
        AsUser.run(LEERPLICHT, "LEERPLICHT", () -> steps.decide(decide.id(),
                new Decision(true, PeriodKind.SCHOOL_YEAR, today, validTo, today, "Verklaring klopt.")));

        LocalDate review = ReviewCalendar.nextReview(today);
        advanceTo(review.minusDays(1));
        Eventually.asserted(() -> assertThat(route(id)).isWaitingAtElements("review-moment", "renewal-reminder"), Routes.WAIT);
        assertThat(openTask(id, REVIEW)).isEmpty();

        advanceTo(review);
        awaitTask(id, REVIEW);
        AsUser.run(LEERPLICHT, "LEERPLICHT", () -> panel.recordReview(id, LocalDate.now(clock), "Blijft nodig; volgend jaar opbouw."));
        assertThat(openTask(id, REVIEW)).isEmpty();
        // the engine takes the completion before its clock moves on
        Eventually.asserted(() -> assertThat(route(id)).hasPassedElement(REVIEW), Routes.WAIT);

        advanceTo(ReviewCalendar.renewalReminder(validTo));
        Task renew = awaitTask(id, RENEW);
        assertThat(renew.dueAt()).isEqualTo(ReviewCalendar.renewalDeadline(validTo).atTime(17, 0)
                .atZone(TimeConfig.SCHOOL_ZONE).toInstant());
        AsUser.run(LEERPLICHT, "LEERPLICHT", () -> steps.handled(renew.id()));
        Eventually.asserted(() -> assertThat(route(id)).hasPassedElement(RENEW), Routes.WAIT);

        advanceTo(validTo.plusDays(1));
        Task ended = awaitTask(id, ENDED);
        AsUser.run(LEERPLICHT, "LEERPLICHT", () -> steps.handled(ended.id()));

        Eventually.asserted(() -> assertThat(route(id)).isCompleted()
                .hasPassedElementsInOrder(WRITE_STATEMENT, DECIDE, REVIEW, RENEW, ENDED, CLOSED)
                .hasPassedElement("period-ends", 1).hasNotPassedElement(REFUSED), Routes.WAIT);
    }

    @Test
    void a_notice_with_the_statement_brought_goes_to_the_decision_and_a_refusal_ends_the_route() {
        LocalDate today = LocalDate.now(clock);
        Pupil p = pupil("ex-route-2");
        long id = AsUser.call(LEERPLICHT, "LEERPLICHT", () -> exemptions.register(new Notice(p.id(), today, "Ouders",
                new Statement("Dr. A. Aangewezen", true, false, today.minusMonths(1), "Volledig onderwijs mogelijk.", false),
                null)));
        Task decide = awaitTask(id, DECIDE);
        AsUser.run(LEERPLICHT, "LEERPLICHT", () -> steps.decide(decide.id(), new Decision(false, null, null, null, null, "Volledig onderwijs is mogelijk.")));

        Eventually.asserted(() -> assertThat(route(id)).isCompleted().hasPassedElementsInOrder(DECIDE, REFUSED)
                .hasNotPassedElement(WRITE_STATEMENT).hasNotPassedElement("exemption-running"), Routes.WAIT);
        assertThat(jdbc.queryForObject("select outcome from exemption where id = ?", String.class, id)).isEqualTo("REFUSED");
    }

    @Test
    void a_refusal_corrected_to_granted_starts_a_route_that_waits_for_the_review_moment_and_the_renewal() {
        LocalDate today = LocalDate.now(clock);
        Pupil p = pupil("hl-route-corr");
        long id = AsUser.call(LEERPLICHT, "LEERPLICHT", () -> exemptions.register(new Notice(p.id(), today, "Ouders",
                new Statement("Dr. A. Aangewezen", true, false, today.minusMonths(1), "Onderwijs thuis.", false), null)));
        Task decide = awaitTask(id, DECIDE);
        AsUser.run(LEERPLICHT, "LEERPLICHT", () -> steps.decide(decide.id(),
                new Decision(false, null, null, null, null, "Volledig onderwijs mogelijk.")));
        Eventually.asserted(() -> assertThat(route(id)).isCompleted().hasPassedElement(REFUSED), Routes.WAIT);

        LocalDate validTo = ReviewCalendar.endOfSchoolYear(today);
        AsUser.run(LEERPLICHT, "LEERPLICHT", () -> corrections.correct(id, new Decision(true, PeriodKind.SCHOOL_YEAR,
                today, validTo, null, "Verkeerd gekozen: de verklaring zegt dat onderwijs nu niet kan.")));

        Long key = Eventually.get(() -> Optional.ofNullable(jdbc.queryForObject(
                "select instance_key from workflow_instance where route_key = ?", Long.class,
                ExemptionProcess.routeKey(id, 1))), Routes.WAIT, "corrected route");
        Eventually.asserted(() -> assertThat(new InspectedProcessInstance(key))
                .hasPassedElementsInOrder(NOTICE_REGISTERED, DECISION_CORRECTED, GRANTED)
                .hasNotPassedElement(DECIDE).isWaitingAtElements("review-moment"), Routes.WAIT);
    }

    @Test
    void a_task_whose_job_the_engine_withdrew_leaves_the_inbox_at_the_next_probe() {
        LocalDate today = LocalDate.now(clock);
        Pupil p = pupil("ex-route-3");
        long id = AsUser.call(LEERPLICHT, "LEERPLICHT", () -> exemptions.register(new Notice(p.id(), today, "Ouders",
                new Statement("Dr. A. Aangewezen", true, false, today.minusMonths(1), "Volledig onderwijs mogelijk.", false),
                null)));
        Task decide = awaitTask(id, DECIDE);
        // the engine ends the instance behind the app's back (an operator, a migration): its job is gone
        client.newCancelInstanceCommand(route(id).getProcessInstanceKey()).send().join();

        liveness.probe();

        assertThat(openTask(id, DECIDE)).isEmpty();
        assertThat(jdbc.queryForObject("select state from task where id = ?", String.class, decide.id()))
                .isEqualTo("CANCELLED");
    }

    record Task(long id, String assignee, Instant dueAt) {
    }

    Pupil pupil(String leerling) {
        return data.pupil(data.school("TXVO", Sector.VO), leerling, "EX2", null);
    }

    Task awaitTask(long exemptionId, String elementId) {
        return Eventually.get(() -> openTask(exemptionId, elementId), Routes.WAIT, elementId);
    }

    Optional<Task> openTask(long exemptionId, String elementId) {
        return jdbc.query("""
                select id, assignee, due_at from task where exemption_id = ? and element_id = ? and state = 'OPEN'""",
                (rs, i) -> new Task(rs.getLong(1), rs.getString(2),
                        rs.getTimestamp(3) == null ? null : rs.getTimestamp(3).toInstant()), exemptionId, elementId)
                .stream().findFirst();
    }

    InspectedProcessInstance route(long exemptionId) {
        Long key = Eventually.get(() -> Optional.ofNullable(jdbc.queryForObject(
                "select instance_key from workflow_instance where route_key = ?", Long.class,
                ExemptionProcess.routeKey(exemptionId))), Routes.WAIT, "instance key");
        return new InspectedProcessInstance(key);
    }

    /** Moves the engine's clock to 10:00 on that day, and the app's with it. */
    void advanceTo(LocalDate day) {
        Instant target = day.atTime(10, 0).atZone(TimeConfig.SCHOOL_ZONE).toInstant();
        Duration d = Duration.between(engine.now(), target);
        if (!d.isNegative()) {
            engine.increaseTime(d);
        }
        sync();
    }

    void sync() {
        clock.set(LocalDateTime.ofInstant(engine.now(), TimeConfig.SCHOOL_ZONE));
    }
}
