package nl.aanwezig.workflow;

import static io.camunda.zeebe.process.test.assertions.BpmnAssert.assertThat;
import static nl.aanwezig.workflow.Tier3Process.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.camunda.zeebe.process.test.assertions.BpmnAssert;
import io.camunda.zeebe.process.test.filters.RecordStream;
import io.camunda.zeebe.process.test.inspections.model.InspectedProcessInstance;
import java.time.Duration;
import java.util.List;
import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.cases.CaseStage;
import nl.aanwezig.cases.tasks.CaseTask;
import nl.aanwezig.cases.tier3.ArrangementForm;
import nl.aanwezig.cases.tier3.ArrangementService;
import nl.aanwezig.cases.tier3.CasePlan;
import nl.aanwezig.cases.tier3.CasePlanService;
import nl.aanwezig.cases.tier3.PlanService;
import nl.aanwezig.cases.tier3.RegievoerderService;
import nl.aanwezig.cases.tier3.SatService;
import nl.aanwezig.cases.tier3.Tier3Decisions.Funder;
import nl.aanwezig.cases.tier3.Tier3Decisions.Review;
import nl.aanwezig.cases.tier3.Tier3Decisions.Sat;
import nl.aanwezig.cases.timeline.CaseEventType;
import nl.aanwezig.cases.timeline.CaseEvents;
import nl.aanwezig.support.AsUser;
import nl.aanwezig.support.Eventually;
import nl.aanwezig.support.IntegrationTest;
import nl.aanwezig.support.Routes;
import nl.aanwezig.support.TestClock;
import nl.aanwezig.support.Tier3Steps;
import nl.aanwezig.workflow.engine.DurableEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Every path of bpmn/tier3.bpmn through the real engine and the app's services, with the engine's clock moved. Its own
 * application context (the property below makes Spring cache it apart): moving an engine's clock months ahead would
 * fire the deadlines of the other test classes' routes, which share the common context's engine.
 */
@IntegrationTest
@TestPropertySource(properties = "aanwezig.test.context=tier3-time-travel")
class Tier3ProcessIntegrationTest {

    @Autowired Routes routes;
    @Autowired Tier3Steps steps;
    @Autowired SatService sat;
    @Autowired RegievoerderService regie;
    @Autowired PlanService plans;
    @Autowired ArrangementService arrangements;
    @Autowired CasePlanService casePlans;
    @Autowired CaseEvents events;
    @Autowired WorkflowInstances instances;
    @Autowired DurableEngine engine;
    @Autowired TestClock clock;
    @Autowired javax.sql.DataSource dataSource;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

    @BeforeEach
    void streams() {
        clock.reset();
        BpmnAssert.initRecordStream(RecordStream.of(engine.getRecordStreamSource()));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void referral_reaches_the_sat_with_the_decision_tables_advice() {
        var c = steps.referToSat("t3-advice");
        routes.awaitCase(c.caseId(), x -> x.stage() == CaseStage.SAT_ANALYSIS, "SAT stage");
        SatService.Advice advice = AsUser.call("t-oc", "OC", () -> sat.advice(c.taskId()));
        // two lessons missed today and nothing else on record: no band from a year of figures yet, so monitor
        assertThat(advice.advised()).isNotNull();
        assertThat(advice.reasonKey()).startsWith("tier3.advice.");
    }

    @Test
    void yellow_monitoring_waits_for_the_review_date_and_restored_closes_the_case() {
        var c = steps.referToSat("t3-yellow");
        SatService.Advice advice = AsUser.call("t-oc", "OC", () -> sat.advice(c.taskId()));
        Sat other = advice.advised() == Sat.YELLOW ? null : Sat.YELLOW;
        AsUser.run("t-oc", "OC", () -> sat.analyse(c.taskId(), Tier3Steps.analysis(Sat.YELLOW,
                other == null ? null : "Eerst monitoren: net een nieuwe klas.", steps.today().plusWeeks(4))));
        routes.awaitCase(c.caseId(), x -> x.stage() == CaseStage.YELLOW_MONITORING, "yellow");
        Eventually.asserted(() -> assertThat(tier3(c.caseId())).isWaitingAtElements(REVIEW_WAIT), Routes.WAIT);

        steps.advance(Duration.ofDays(29));
        CaseTask review = routes.openTask(c.caseId(), YELLOW_REVIEW);
        AsUser.run("t-oc", "OC", () -> sat.review(review.id(), Review.RESTORED, "Weer elke dag op school.", null));

        routes.awaitCase(c.caseId(), x -> !x.isOpen(), "closed");
        Eventually.asserted(() -> assertThat(tier3(c.caseId())).isCompleted()
                .hasPassedElementsInOrder(SAT_ANALYSIS, REVIEW_WAIT, YELLOW_REVIEW, CLOSE_CASE, RESTORED)
                .hasNotPassedElement(DRAW_PLAN), Routes.WAIT);
    }

    @Test
    void orange_plan_is_evaluated_every_interval_three_times_then_escalates_to_red_which_closes_only_by_decision() {
        var c = orangeWithRegievoerder("t3-orange");
        CaseTask draw = routes.openTask(c.caseId(), DRAW_PLAN);
        assertThat(draw.assignee()).isEqualTo("t-oc");
        AsUser.run("t-oc", "OC", () -> plans.draw(draw.id(), Tier3Steps.plan(steps.today(), 6)));
        CasePlan plan = AsUser.call("t-oc", "OC", () -> casePlans.ofPupil(c.pupil().id()).orElseThrow());
        assertThat(plan.plan().nextEvaluation()).isEqualTo(steps.today().plusWeeks(6));
        List<Long> goals = plan.plan().goals().stream().map(CasePlan.Goal::id).toList();

        for (int round = 1; round <= 3; round++) {
            // nothing is due before the interval has passed
            steps.advance(Duration.ofDays(41));
            assertThat(routes.openTasks(c.caseId(), EVALUATE_PLAN)).isEmpty();
            steps.advance(Duration.ofDays(1).plusHours(8));
            CaseTask eval = routes.openTask(c.caseId(), EVALUATE_PLAN);
            assertThat(eval.dueAt()).isNotNull();
            String decision = round < 3 ? "CONTINUE" : "ESCALATE";
            AsUser.run("t-oc", "OC", () -> plans.evaluate(eval.id(), Tier3Steps.evaluation(goals, decision, null)));
            routes.awaitTaskGone(eval.id());
        }
        CasePlan afterThree = AsUser.call("t-oc", "OC", () -> casePlans.ofPupil(c.pupil().id()).orElseThrow());
        assertThat(afterThree.evaluations()).hasSize(3);
        assertThat(afterThree.evaluations()).allSatisfy(e -> assertThat(e.goals()).hasSize(2));
        routes.awaitCase(c.caseId(), x -> x.stage() == CaseStage.RED_ARRANGEMENT, "red");

        CaseTask arr = routes.openTask(c.caseId(), DRAW_ARRANGEMENT);
        AsUser.run("t-oc", "OC", () -> arrangements.record(arr.id(), new ArrangementForm("Jeugdzorg Kennemerland",
                "Zorgboerderij met onderwijs", new java.math.BigDecimal("12"), steps.today(), steps.today().plusMonths(6),
                Funder.SWV_EN_GEMEENTE, 4)));
        // red does not end by itself: after its end date the route still waits for a decision
        steps.advance(Duration.ofDays(29));
        CaseTask arrEval = routes.openTask(c.caseId(), EVALUATE_ARRANGEMENT);
        AsUser.run("t-oc", "OC", () -> arrangements.evaluate(arrEval.id(), Tier3Steps.evaluation(goals, "CONTINUE", null)));
        steps.advance(Duration.ofDays(29));
        CaseTask arrEval2 = routes.openTask(c.caseId(), EVALUATE_ARRANGEMENT);
        AsUser.run("t-oc", "OC", () -> arrangements.evaluate(arrEval2.id(), Tier3Steps.evaluation(goals, "CLOSE", null)));

        routes.awaitCase(c.caseId(), x -> !x.isOpen(), "closed by decision");
        Eventually.asserted(() -> assertThat(tier3(c.caseId())).isCompleted()
                .hasPassedElementsInOrder(APPOINT_REGIEVOERDER, DRAW_PLAN, ASK_AGREEMENT, ASK_VIEW_EVALUATION,
                        EVALUATE_PLAN, ASK_AGREEMENT, ASK_VIEW_EVALUATION, EVALUATE_PLAN, ASK_AGREEMENT,
                        ASK_VIEW_EVALUATION, EVALUATE_PLAN, DRAW_ARRANGEMENT, ASK_VIEW_ARRANGEMENT,
                        EVALUATE_ARRANGEMENT, ASK_VIEW_ARRANGEMENT, EVALUATE_ARRANGEMENT, CLOSE_CASE), Routes.WAIT);
        assertThat(events.findByCaseIdOrderByIdAsc(c.caseId())).extracting(e -> e.type())
                .containsSubsequence(CaseEventType.SAT_ANALYSIS, CaseEventType.REGIEVOERDER_APPOINTED,
                        CaseEventType.PLAN_SAVED, CaseEventType.EVALUATION, CaseEventType.EVALUATION,
                        CaseEventType.EVALUATION, CaseEventType.ARRANGEMENT_SAVED, CaseEventType.CASE_CLOSED);
    }

    @Test
    void an_evaluation_steps_down_to_yellow_monitoring() {
        var c = orangeWithRegievoerder("t3-down");
        CaseTask draw = routes.openTask(c.caseId(), DRAW_PLAN);
        AsUser.run("t-oc", "OC", () -> plans.draw(draw.id(), Tier3Steps.plan(steps.today(), 2)));
        List<Long> goals = goals(c);
        steps.advance(Duration.ofDays(15));
        CaseTask eval = routes.openTask(c.caseId(), EVALUATE_PLAN);
        AsUser.run("t-oc", "OC", () -> plans.evaluate(eval.id(),
                Tier3Steps.evaluation(goals, "STEP_DOWN", steps.today().plusWeeks(3))));
        routes.awaitCase(c.caseId(), x -> x.stage() == CaseStage.YELLOW_MONITORING, "back to yellow");
        Eventually.asserted(() -> assertThat(tier3(c.caseId())).isWaitingAtElements(REVIEW_WAIT), Routes.WAIT);
        assertThat(AsUser.call("t-oc", "OC", () -> casePlans.ofPupil(c.pupil().id()).orElseThrow()).plan().active()).isFalse();
    }

    @Test
    void red_goes_back_to_the_orange_plans_rhythm() {
        var c = orangeWithRegievoerder("t3-back");
        CaseTask draw = routes.openTask(c.caseId(), DRAW_PLAN);
        AsUser.run("t-oc", "OC", () -> plans.draw(draw.id(), Tier3Steps.plan(steps.today(), 2)));
        List<Long> goals = goals(c);
        steps.advance(Duration.ofDays(15));
        CaseTask eval = routes.openTask(c.caseId(), EVALUATE_PLAN);
        AsUser.run("t-oc", "OC", () -> plans.evaluate(eval.id(), Tier3Steps.evaluation(goals, "ESCALATE", null)));
        CaseTask arr = routes.openTask(c.caseId(), DRAW_ARRANGEMENT);
        AsUser.run("t-oc", "OC", () -> arrangements.record(arr.id(), new ArrangementForm("Zorgaanbieder", "Eigen school",
                new java.math.BigDecimal("8.0"), steps.today(), null, Funder.GEMEENTE, 2)));
        assertThat(events.findByCaseIdOrderByIdAsc(c.caseId())).filteredOn(e -> e.type() == CaseEventType.ARRANGEMENT_SAVED)
                .extracting(e -> e.summary()).singleElement().asString()
                .as("hours in Dutch, not 8.0").contains(", 8 uur per week");
        steps.advance(Duration.ofDays(15));
        CaseTask arrEval = routes.openTask(c.caseId(), EVALUATE_ARRANGEMENT);
        AsUser.run("t-oc", "OC", () -> arrangements.evaluate(arrEval.id(), Tier3Steps.evaluation(goals, "BACK_TO_ORANGE", null)));
        routes.awaitCase(c.caseId(), x -> x.stage() == CaseStage.ORANGE_PLAN, "orange again");
        Eventually.asserted(() -> assertThat(tier3(c.caseId())).isWaitingAtElements(EVALUATION_WAIT), Routes.WAIT);
        steps.advance(Duration.ofDays(15));
        routes.openTask(c.caseId(), EVALUATE_PLAN);
    }

    @Test
    void deciding_against_the_advice_needs_a_reason_which_lands_on_the_timeline() {
        var c = steps.referToSat("t3-override");
        Sat advised = AsUser.call("t-oc", "OC", () -> sat.advice(c.taskId())).advised();
        Sat other = advised == Sat.YELLOW ? Sat.ORANGE : Sat.YELLOW;
        assertThatThrownBy(() -> AsUser.run("t-oc", "OC", () -> sat.analyse(c.taskId(),
                Tier3Steps.analysis(other, null, steps.today().plusWeeks(2)))))
                .isInstanceOf(UserFacingException.class)
                .satisfies(e -> assertThat(((UserFacingException) e).messages()).extracting(m -> m.key())
                        .containsExactly("tier3.error.overrideReason.required"));
        AsUser.run("t-oc", "OC", () -> sat.analyse(c.taskId(),
                Tier3Steps.analysis(other, "Ouders en leerling vragen om meer hulp.", steps.today().plusWeeks(2))));
        assertThat(events.findByCaseIdOrderByIdAsc(c.caseId()))
                .filteredOn(e -> e.type() == CaseEventType.DECISION_OVERRIDDEN).singleElement()
                .satisfies(e -> assertThat(e.summary()).contains("Ouders en leerling vragen om meer hulp."));
    }

    @Test
    void an_evaluation_without_decision_or_goal_notes_is_refused_and_nothing_is_saved() {
        var c = orangeWithRegievoerder("t3-refuse");
        CaseTask draw = routes.openTask(c.caseId(), DRAW_PLAN);
        AsUser.run("t-oc", "OC", () -> plans.draw(draw.id(), Tier3Steps.plan(steps.today(), 1)));
        steps.advance(Duration.ofDays(8));
        CaseTask eval = routes.openTask(c.caseId(), EVALUATE_PLAN);
        assertThatThrownBy(() -> AsUser.run("t-oc", "OC", () -> plans.evaluate(eval.id(),
                Tier3Steps.evaluation(List.of(), null, null))))
                .isInstanceOf(UserFacingException.class)
                .satisfies(e -> assertThat(((UserFacingException) e).messages()).extracting(m -> m.key())
                        .contains("tier3.error.decision.required", "tier3.error.goalNotes.required"));
        assertThat(AsUser.call("t-oc", "OC", () -> casePlans.ofPupil(c.pupil().id()).orElseThrow()).evaluations()).isEmpty();
        assertThat(routes.openTask(c.caseId(), EVALUATE_PLAN).id()).isEqualTo(eval.id());
    }

    /**
     * Two saves at the same moment: both read the same version, the first commits while the second's update waits
     * for its row. The second saver gets the Dutch refusal of a save in between (and keeps their text in the editor),
     * not an unhandled optimistic-locking error.
     */
    @Test
    void two_editors_saving_at_the_same_moment_the_second_gets_the_dutch_refusal_not_an_error() throws Exception {
        var c = orangeWithRegievoerder("t3-same-moment");
        CaseTask draw = routes.openTask(c.caseId(), DRAW_PLAN);
        AsUser.run("t-oc", "OC", () -> plans.draw(draw.id(), Tier3Steps.plan(steps.today(), 6)));
        CasePlan.Plan seen = AsUser.call("t-oc", "OC", () -> casePlans.ofPupil(c.pupil().id()).orElseThrow()).plan();
        try (java.sql.Connection first = dataSource.getConnection()) {
            first.setAutoCommit(false);
            try (var update = first.prepareStatement(
                    "update support_plan set version = version + 1, updated_by = 't-oc' where id = ?")) {
                update.setLong(1, seen.id());
                update.executeUpdate();
            }
            java.util.concurrent.CompletableFuture<Throwable> second = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                try {
                    AsUser.run("t-oc", "OC", () -> plans.edit(seen.id(), seen.version(),
                            Tier3Steps.plan(seen.startedOn(), 8)));
                    return null;
                } catch (Throwable t) {
                    return t;
                }
            });
            Eventually.until(() -> jdbc.queryForObject("""
                    select count(*) from pg_stat_activity
                    where wait_event_type = 'Lock' and query ilike 'update support_plan%'""", Integer.class) > 0,
                    Routes.WAIT, "the second save waiting for the first one's row");
            first.commit();
            assertThat(second.get(Routes.WAIT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS))
                    .isInstanceOf(UserFacingException.class)
                    .satisfies(e -> assertThat(((UserFacingException) e).messages()).extracting(m -> m.key())
                            .containsExactly("tier3.error.plan.concurrent"));
        }
        assertThat(AsUser.call("t-oc", "OC", () -> casePlans.ofPupil(c.pupil().id()).orElseThrow()).plan()
                .evaluationWeeks()).as("the first save stands").isEqualTo(6);
    }

    @Test
    void two_editors_of_one_plan_never_overwrite_each_other_silently() {
        var c = orangeWithRegievoerder("t3-concurrent");
        CaseTask draw = routes.openTask(c.caseId(), DRAW_PLAN);
        AsUser.run("t-oc", "OC", () -> plans.draw(draw.id(), Tier3Steps.plan(steps.today(), 6)));
        CasePlan.Plan seen = AsUser.call("t-oc", "OC", () -> casePlans.ofPupil(c.pupil().id()).orElseThrow()).plan();
        AsUser.run("t-oc", "OC", () -> plans.edit(seen.id(), seen.version(), Tier3Steps.plan(seen.startedOn(), 4)));
        assertThatThrownBy(() -> AsUser.run("t-oc", "OC",
                () -> plans.edit(seen.id(), seen.version(), Tier3Steps.plan(seen.startedOn(), 8))))
                .isInstanceOf(UserFacingException.class)
                .satisfies(e -> assertThat(((UserFacingException) e).messages()).extracting(m -> m.key())
                        .containsExactly("tier3.error.plan.concurrent"));
        assertThat(AsUser.call("t-oc", "OC", () -> casePlans.ofPupil(c.pupil().id()).orElseThrow()).plan()
                .evaluationWeeks()).isEqualTo(4);
    }

    @Test
    void handing_over_the_regie_moves_open_tasks_and_the_routes_later_tasks() {
        var c = orangeWithRegievoerder("t3-handover");
        CaseTask draw = routes.openTask(c.caseId(), DRAW_PLAN);
        AsUser.run("t-oc", "OC", () -> regie.handOver(c.caseId(), "t-mentor", "Mentor kent het gezin het best."));
        assertThat(routes.openTask(c.caseId(), DRAW_PLAN).assignee()).isEqualTo("t-mentor");
        AsUser.run("t-mentor", "MENTOR", () -> plans.draw(draw.id(), Tier3Steps.plan(steps.today(), 1)));
        steps.advance(Duration.ofDays(8));
        assertThat(routes.openTask(c.caseId(), EVALUATE_PLAN).assignee()).isEqualTo("t-mentor");
    }

    private Routes.Started orangeWithRegievoerder(String leerling) {
        var c = steps.referToSat(leerling);
        Sat advised = AsUser.call("t-oc", "OC", () -> sat.advice(c.taskId())).advised();
        AsUser.run("t-oc", "OC", () -> sat.analyse(c.taskId(), Tier3Steps.analysis(Sat.ORANGE,
                advised == Sat.ORANGE ? null : "Patroon van weken, niet afwachten.", null)));
        routes.awaitCase(c.caseId(), x -> x.stage() == CaseStage.ORANGE_PLAN, "orange");
        CaseTask appoint = routes.openTask(c.caseId(), APPOINT_REGIEVOERDER);
        AsUser.run("t-oc", "OC", () -> regie.appoint(appoint.id(), "t-oc"));
        return c;
    }

    private List<Long> goals(Routes.Started c) {
        return AsUser.call("t-oc", "OC", () -> casePlans.ofPupil(c.pupil().id()).orElseThrow()).plan().goals().stream()
                .map(CasePlan.Goal::id).toList();
    }

    private InspectedProcessInstance tier3(long caseId) {
        return new InspectedProcessInstance(instances.findByRouteKey(Tier3Process.routeKey(caseId)).orElseThrow().instanceKey());
    }
}
