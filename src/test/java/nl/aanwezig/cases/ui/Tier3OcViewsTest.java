package nl.aanwezig.cases.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.notification.Notification;
import java.time.Duration;
import java.util.List;
import nl.aanwezig.attendance.figures.CohortFigures;
import nl.aanwezig.cases.CaseStage;
import nl.aanwezig.cases.tasks.CaseTask;
import nl.aanwezig.cases.sharing.ParticipantRole;
import nl.aanwezig.cases.tasks.CaseTasks;
import nl.aanwezig.cases.tier3.CasePlan;
import nl.aanwezig.cases.tier3.CasePlanService;
import nl.aanwezig.cases.tier3.PlanService;
import nl.aanwezig.cases.tier3.RegievoerderService;
import nl.aanwezig.cases.tier3.SatService;
import nl.aanwezig.cases.tier3.Tier3Decisions.FactorGroup;
import nl.aanwezig.cases.tier3.Tier3Decisions.Sat;
import nl.aanwezig.cases.tier3.Tier3Overview;
import nl.aanwezig.support.AsUser;
import nl.aanwezig.support.IntegrationTest;
import nl.aanwezig.support.Routes;
import nl.aanwezig.support.TestClock;
import nl.aanwezig.support.Tier3Steps;
import nl.aanwezig.workflow.Tier3Process;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** The OC's tier-3 screens driven as a user would, without a browser. */
@IntegrationTest
// moves the engine's clock: shares the time-travelling context of Tier3ProcessIntegrationTest, not the common one
@org.springframework.test.context.TestPropertySource(properties = "aanwezig.test.context=tier3-time-travel")
@WithMockUser(username = "t-oc", roles = "OC")
class Tier3OcViewsTest extends SpringBrowserlessTest {

    @Autowired Routes routes;
    @Autowired Tier3Steps steps;
    @Autowired SatService sat;
    @Autowired RegievoerderService regie;
    @Autowired PlanService plans;
    @Autowired CasePlanService casePlans;
    @Autowired CaseTasks tasks;
    @Autowired nl.aanwezig.cases.sharing.SharingTestSupport sharing;
    @Autowired TestClock clock;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void the_sat_form_marks_the_override_reason_when_deciding_against_the_advice() {
        var c = steps.referToSat("u3-sat");
        SatAnalyseView view = navigate(SatAnalyseView.class, c.taskId());
        Sat advised = AsUser.call("t-oc", "OC", () -> sat.advice(c.taskId())).advised();
        assertThat(view.decision.getValue()).as("the advice is the first choice").isEqualTo(advised);
        assertThat(view.overrideReason.isVisible()).isFalse();

        test(view.known.get(FactorGroup.CHILD)).setValue("Angst voor de gymles");
        test(view.hypotheses).setValue("Vermijding door angst.");
        test(view.advice).setValue("Gesprek met leerling en ouders.");
        Sat other = advised == Sat.YELLOW ? Sat.ORANGE : Sat.YELLOW;
        test(view.decision).selectItem(getTranslation("tier3.sat." + other));
        if (other == Sat.YELLOW) {
            test(view.reviewOn).setValue(steps.today().plusWeeks(3));
        }
        assertThat(view.overrideReason.isVisible()).isTrue();
        test(view.save).click();

        assertThat(view.overrideReason.isInvalid()).isTrue();
        assertThat(view.overrideReason.getErrorMessage()).isEqualTo("Het besluit wijkt af van het advies: geef de reden.");
        assertThat(test($(Notification.class).last()).getText()).startsWith("Niet opgeslagen");
        assertThat(tasks.findById(c.taskId()).orElseThrow().isOpen()).isTrue();

        test(view.overrideReason).setValue("Ouders vragen zelf om meer hulp.");
        test(view.save).click();
        assertThat(test($(Notification.class).last()).getText()).isEqualTo("Opgeslagen. De taak is afgerond.");
        assertThat(tasks.findById(c.taskId()).orElseThrow().isOpen()).isFalse();
    }

    @Test
    void the_plan_editor_saves_a_plan_and_the_route_goes_on_to_its_evaluation() {
        var c = orangeWithRegievoerder("u3-plan");
        CaseTask draw = routes.openTask(c.caseId(), Tier3Process.DRAW_PLAN);
        PlanDrawView view = navigate(PlanDrawView.class, draw.id());
        PlanGoalRow goal = view.editor.goalRows().getFirst();
        test(goal.description).setValue("Elke ochtend het eerste uur aanwezig");
        test(goal.measure).setValue("Aanwezigheid eerste uur per week");
        goal.target.setValue(new java.math.BigDecimal("90"));
        PlanInterventionRow intervention = view.editor.interventionRows().getFirst();
        test(intervention.description).setValue("Wekelijks gesprek met de mentor");
        test(intervention.owner).setValue("Mentor");
        test(view.editor.pupilWish).setValue("Rustig beginnen");
        test(view.save).click();
        assertThat(view.editor.pupilWish.isInvalid()).isFalse();
        assertThat(view.editor.parentsWish.isInvalid()).as("parents' wish is required").isTrue();
        assertThat(tasks.findById(draw.id()).orElseThrow().isOpen()).isTrue();

        test(view.editor.parentsWish).setValue("Hulp bij de ochtend");
        test(view.save).click();
        assertThat(test($(Notification.class).last()).getText()).isEqualTo("Opgeslagen. De taak is afgerond.");
        CasePlan plan = AsUser.call("t-oc", "OC", () -> casePlans.ofPupil(c.pupil().id()).orElseThrow());
        assertThat(plan.plan().goals()).extracting(CasePlan.Goal::description)
                .containsExactly("Elke ochtend het eerste uur aanwezig");
        assertThat(plan.plan().nextEvaluation()).isEqualTo(steps.today().plusWeeks(6));
        steps.advance(Duration.ofDays(43));
        routes.openTask(c.caseId(), Tier3Process.EVALUATE_PLAN);
    }

    @Test
    void the_evaluation_form_refuses_without_a_decision_and_marks_the_field() {
        var c = orangeWithPlan("u3-eval", 1);
        aggregate(c.pupil());
        steps.advance(Duration.ofDays(8));
        CaseTask eval = routes.openTask(c.caseId(), Tier3Process.EVALUATE_PLAN);
        PlanEvaluationView view = navigate(PlanEvaluationView.class, eval.id());
        assertThat(view.evaluation.progress).hasSize(2);
        view.evaluation.progress.values().forEach(p -> test(p).selectItem("Deels behaald"));
        view.evaluation.goalNotes.values().forEach(n -> test(n).setValue("Gaat beter."));
        test(view.evaluation.note).setValue("Besproken met leerling en ouders.");
        assertThat(view.evaluation.chart.getOption()).contains("start plan");
        test(view.save).click();

        assertThat(view.evaluation.decision.isInvalid()).isTrue();
        assertThat(view.evaluation.decision.getErrorMessage()).isEqualTo("Kies een besluit.");
        assertThat(view.evaluation.goalNotesError.isInvalid()).isFalse();
        assertThat(AsUser.call("t-oc", "OC", () -> casePlans.ofPupil(c.pupil().id()).orElseThrow()).evaluations()).isEmpty();

        test(view.evaluation.decision).selectItem(getTranslation("tier3.evaluation.CONTINUE"));
        test(view.save).click();
        assertThat(test($(Notification.class).last()).getText()).isEqualTo("Opgeslagen. De taak is afgerond.");
        assertThat(AsUser.call("t-oc", "OC", () -> casePlans.ofPupil(c.pupil().id()).orElseThrow()).evaluations()).hasSize(1);
    }

    @Test
    void a_concurrent_edit_keeps_the_users_text_and_shows_who_saved_in_between() {
        var c = orangeWithPlan("u3-concurrent", 6);
        PlanEditView view = navigate(PlanEditView.class, c.pupil().id());
        test(view.editor.pupilWish).setValue("Mijn nieuwe tekst over wat de leerling wil");
        CasePlan.Plan seen = AsUser.call("t-oc", "OC", () -> casePlans.ofPupil(c.pupil().id()).orElseThrow()).plan();
        AsUser.run("t-oc", "OC", () -> plans.edit(seen.id(), seen.version(), Tier3Steps.plan(seen.startedOn(), 4)));

        test(view.save).click();
        assertThat(view.conflict.isVisible()).isTrue();
        assertThat(view.conflict.getText()).isEqualTo("Niet opgeslagen: Olaf OC heeft dit plan intussen gewijzigd. Je tekst "
                + "staat nog in het formulier. Vergelijk, laad het plan opnieuw en sla je wijziging dan nog eens op.");
        assertThat(view.editor.pupilWish.getValue()).isEqualTo("Mijn nieuwe tekst over wat de leerling wil");
        assertThat(test($(Notification.class).last()).getText()).startsWith("Niet opgeslagen: Olaf OC heeft dit plan")
                .doesNotContainIgnoringCase("verbeter de gemarkeerde velden");
        assertThat(AsUser.call("t-oc", "OC", () -> casePlans.ofPupil(c.pupil().id()).orElseThrow()).plan().pupilWish())
                .isNotEqualTo("Mijn nieuwe tekst over wat de leerling wil");

        test(view.reload).click();
        test(view.editor.pupilWish).setValue("Mijn nieuwe tekst over wat de leerling wil");
        test(view.save).click();
        assertThat(test($(Notification.class).last()).getText()).as("no task here").isEqualTo("Het plan is opgeslagen.");
    }

    @Test
    @WithMockUser(username = "t-mentor", roles = "MENTOR")
    void the_plan_page_outside_a_task_tells_the_mentor_it_is_read_only_and_who_changes_it_not_that_a_task_ended() {
        var c = orangeWithPlan("hj-plan-read", 6);
        PlanEditView view = navigate(PlanEditView.class, c.pupil().id());
        assertThat(view.readOnly.isVisible()).isTrue();
        assertThat(view.readOnly.getText()).startsWith("Dit plan kun je hier alleen bekijken.").contains("Olaf OC")
                .doesNotContain("De taak is afgerond");
        assertThat(view.save.isVisible()).isFalse();
        assertThat(view.editor.isEnabled()).isFalse();
    }

    @Test
    void the_pupil_page_shows_the_saved_sat_analysis_to_school_staff_with_a_wrapping_timeline_and_partners_get_none() {
        var c = orangeWithRegievoerder("hj-sat-shown");
        PupilView page = navigate(PupilView.class, c.pupil().id());
        Tier3Panel panel = $(Tier3Panel.class).single();
        assertThat(panel.analyses.getElement().getTextRecursively()).contains("SAT-analyse van", "door Olaf OC",
                "Angst voor de gymles", "Slaappatroon", "Moeder werkt nachten", "Vermijding door angst",
                "Wil wel naar school, niet naar gym.", "Maken zich zorgen, willen hulp.",
                "Gesprek met leerling, ouders en jeugdarts.", "oranje: plan patronen doorbreken");
        assertThat(page.timeline.getThemeNames()).as("long entries wrap, not cut off with …").contains("wrap-cell-content");

        sharing.consentAndInvite(c.caseId(), "t-jeugdarts", ParticipantRole.JEUGDARTS);
        assertThat(AsUser.call("t-jeugdarts", "JEUGDARTS", () -> casePlans.ofPupil(c.pupil().id()).orElseThrow())
                .analyses()).as("need to know: the shared plan carries no SAT analysis").isEmpty();
        assertThat(AsUser.call("t-mentor", "MENTOR", () -> casePlans.ofPupil(c.pupil().id()).orElseThrow())
                .analyses()).hasSize(1);
    }

    @Test
    void the_cases_by_stage_list_shows_the_next_evaluation_soon_then_late() {
        var c = orangeWithPlan("u3-list", 1);
        CasesByStageView view = navigate(CasesByStageView.class);
        view.show(CaseStage.ORANGE_PLAN);
        Tier3Overview.StageRow row = row(view, c.caseId());
        assertThat(row.regievoerder()).isEqualTo("Olaf OC");
        assertThat(row.planStartedOn()).isEqualTo(steps.today());
        assertThat(row.nextEvaluation()).isEqualTo(steps.today().plusWeeks(1));
        assertThat(row.due()).isEqualTo(Tier3Overview.Due.SOON);

        steps.advance(Duration.ofDays(8));
        routes.openTask(c.caseId(), Tier3Process.EVALUATE_PLAN);
        view = navigate(CasesByStageView.class);
        assertThat(row(view, c.caseId()).due()).as("evaluation not held yet").isEqualTo(Tier3Overview.Due.OVERDUE);
    }

    @Test
    void the_cohort_view_shows_attendance_per_class_level_and_weekday_of_the_school() {
        aggregate(routes.emptyChair("u3-cohort", "t-mentor").pupil());
        CohortView view = navigate(CohortView.class);
        test(view.from).setValue(routes.schoolDay());
        test(view.to).setValue(routes.schoolDay());
        test(view.show).click();
        List<CohortFigures.Row> classes = view.classes.getListDataView().getItems().toList();
        assertThat(classes).extracting(CohortFigures.Row::name).contains("2B");
        assertThat(view.levels.getListDataView().getItems()).extracting(CohortFigures.Row::name).contains("2");
        assertThat(view.weekdays.getListDataView().getItems()).extracting(CohortFigures.Row::name)
                .containsExactly(routes.schoolDay().getDayOfWeek().name());
        CohortFigures.Row twoB = classes.stream().filter(r -> "2B".equals(r.name())).findFirst().orElseThrow();
        assertThat(twoB.attendancePct(nl.aanwezig.attendance.domain.BandCutoffs.DEFAULT)).isLessThan(new java.math.BigDecimal("100"));
    }

    /**
     * The day figures of one pupil from their registrations (as the import's aggregation does for lessons without
     * lateness), without publishing an import of the shared school, whose signal detection would touch other tests.
     */
    private void aggregate(nl.aanwezig.school.Pupil pupil) {
        jdbc.update("""
                insert into attendance_day (pupil_id, lesson_date, school_id, scheduled_min, present_min,
                    authorised_absent_min, unauthorised_absent_min, late_count, late_min, sick)
                select r.pupil_id, r.lesson_date, ?, sum(m), coalesce(sum(m) filter (where r.status = 'aanwezig'), 0),
                       0, coalesce(sum(m) filter (where r.status = 'afwezig'), 0), 0, 0, false
                from (select *, (date_part('epoch', end_time - start_time)::int / 60) as m from registration) r
                where r.pupil_id = ? group by r.pupil_id, r.lesson_date
                on conflict do nothing""", pupil.schoolId(), pupil.id());
    }

    private static Tier3Overview.StageRow row(CasesByStageView view, long caseId) {
        return view.grid.getListDataView().getItems().filter(r -> r.caseId() == caseId).findFirst().orElseThrow();
    }

    private Routes.Started orangeWithRegievoerder(String leerling) {
        var c = steps.referToSat(leerling);
        Sat advised = AsUser.call("t-oc", "OC", () -> sat.advice(c.taskId())).advised();
        AsUser.run("t-oc", "OC", () -> sat.analyse(c.taskId(), Tier3Steps.analysis(Sat.ORANGE,
                advised == Sat.ORANGE ? null : "Patroon van weken, niet afwachten.", null)));
        CaseTask appoint = routes.openTask(c.caseId(), Tier3Process.APPOINT_REGIEVOERDER);
        AsUser.run("t-oc", "OC", () -> regie.appoint(appoint.id(), "t-oc"));
        return c;
    }

    private Routes.Started orangeWithPlan(String leerling, int weeks) {
        var c = orangeWithRegievoerder(leerling);
        CaseTask draw = routes.openTask(c.caseId(), Tier3Process.DRAW_PLAN);
        AsUser.run("t-oc", "OC", () -> plans.draw(draw.id(), Tier3Steps.plan(steps.today(), weeks)));
        routes.awaitTaskGone(draw.id());
        return c;
    }

    private static String getTranslation(String key) {
        return nl.aanwezig.base.Messages.nl(key);
    }
}
