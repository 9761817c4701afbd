package nl.aanwezig.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import nl.aanwezig.AanwezigApplication;
import nl.aanwezig.cases.CaseStage;
import nl.aanwezig.cases.Cases;
import nl.aanwezig.cases.tier3.CasePlan;
import nl.aanwezig.cases.tier3.CasePlanService;
import nl.aanwezig.cases.tier3.PlanService;
import nl.aanwezig.cases.tier3.RegievoerderService;
import nl.aanwezig.cases.tier3.SatService;
import nl.aanwezig.cases.tier3.Tier3Decisions.Sat;
import nl.aanwezig.support.AsUser;
import nl.aanwezig.support.Routes;
import nl.aanwezig.support.TestClock;
import nl.aanwezig.support.Tier3Steps;
import nl.aanwezig.workflow.engine.DurableEngine;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The orange plan's evaluation loop across a stop and start of the whole application on the same data directory:
 * the evaluation timer survives, fires once, and the plan's rhythm goes on from its start.
 */
class Tier3RestartIntegrationTest {

    @Test
    void the_evaluation_loop_survives_a_restart_and_runs_three_evaluations_to_a_closed_case() throws Exception {
        Path dataDir = Files.createTempDirectory("aanwezig-restart-tier3");
        long caseId;
        long pupilId;
        List<Long> goals;
        try (ConfigurableApplicationContext first = start(dataDir)) {
            Tier3Steps steps = first.getBean(Tier3Steps.class);
            Routes routes = first.getBean(Routes.class);
            var c = steps.referToSat("rs-tier3");
            caseId = c.caseId();
            pupilId = c.pupil().id();
            Sat advised = AsUser.call("t-oc", "OC", () -> first.getBean(SatService.class).advice(c.taskId())).advised();
            AsUser.run("t-oc", "OC", () -> first.getBean(SatService.class).analyse(c.taskId(), Tier3Steps.analysis(
                    Sat.ORANGE, advised == Sat.ORANGE ? null : "Patroon van weken.", null)));
            var appoint = routes.openTask(caseId, Tier3Process.APPOINT_REGIEVOERDER);
            AsUser.run("t-oc", "OC", () -> first.getBean(RegievoerderService.class).appoint(appoint.id(), "t-oc"));
            var draw = routes.openTask(caseId, Tier3Process.DRAW_PLAN);
            AsUser.run("t-oc", "OC", () -> first.getBean(PlanService.class).draw(draw.id(), Tier3Steps.plan(steps.today(), 1)));
            goals = AsUser.call("t-oc", "OC", () -> first.getBean(CasePlanService.class).ofPupil(pupilId).orElseThrow())
                    .plan().goals().stream().map(CasePlan.Goal::id).toList();
            steps.advance(Duration.ofDays(8));
            var eval = routes.openTask(caseId, Tier3Process.EVALUATE_PLAN);
            AsUser.run("t-oc", "OC", () -> first.getBean(PlanService.class).evaluate(eval.id(),
                    Tier3Steps.evaluation(goals, "CONTINUE", null)));
            routes.awaitTaskGone(eval.id());
        }

        try (ConfigurableApplicationContext second = start(dataDir)) {
            Tier3Steps steps = second.getBean(Tier3Steps.class);
            Routes routes = second.getBean(Routes.class);
            // a fresh engine clock starts at real time again: move it past the plan's second evaluation
            second.getBean(DurableEngine.class).increaseTime(Duration.ofDays(15));
            steps.sync();
            var eval2 = routes.openTask(caseId, Tier3Process.EVALUATE_PLAN);
            AsUser.run("t-oc", "OC", () -> second.getBean(PlanService.class).evaluate(eval2.id(),
                    Tier3Steps.evaluation(goals, "CONTINUE", null)));
            routes.awaitTaskGone(eval2.id());
            steps.advance(Duration.ofDays(7));
            var eval3 = routes.openTask(caseId, Tier3Process.EVALUATE_PLAN);
            AsUser.run("t-oc", "OC", () -> second.getBean(PlanService.class).evaluate(eval3.id(),
                    Tier3Steps.evaluation(goals, "RESTORED", null)));
            routes.awaitCase(caseId, x -> !x.isOpen(), "closed after the third evaluation");
            assertThat(second.getBean(Cases.class).findById(caseId).orElseThrow().stage()).isEqualTo(CaseStage.CLOSED);
            assertThat(second.getBean(org.springframework.jdbc.core.JdbcTemplate.class)
                    .queryForObject("select count(*) from evaluation where case_id = ?", Integer.class, caseId))
                    .as("three evaluations, none twice").isEqualTo(3);
        }
    }

    private static ConfigurableApplicationContext start(Path dataDir) {
        return new SpringApplicationBuilder(AanwezigApplication.class, TestClock.Config.class)
                .run("--spring.profiles.active=test", "--aanwezig.db.data-dir=" + dataDir, "--aanwezig.db.port=0",
                        "--aanwezig.engine.port=0", "--aanwezig.demo-data=false", "--server.port=0",
                        "--logging.level.root=warn");
    }
}
