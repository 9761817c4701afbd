package nl.aanwezig.cases.ui;

import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import nl.aanwezig.base.UserFacingException.Message;
import nl.aanwezig.base.ui.MainLayout;
import nl.aanwezig.cases.family.FamilyVoice;
import nl.aanwezig.cases.tasks.TaskItem;
import nl.aanwezig.cases.tasks.TaskService;
import nl.aanwezig.cases.tier3.PlanService;
import nl.aanwezig.cases.tier3.Tier3Decisions.Evaluation;
import nl.aanwezig.cases.tier3.Tier3Figures;

/** The evaluation of the plan when its timer says so: continue, step down to yellow, escalate to red, or restored. */
@Route(value = "plan-evaluatie", layout = MainLayout.class)
@PageTitle("Plan evalueren – Aanwezig")
@RolesAllowed({"MENTOR", "OC", "LEERPLICHT", "JEUGDARTS", "SWV"})
public class PlanEvaluationView extends Tier3TaskView {

    final EvaluationFields evaluation;
    final FamilyVoiceBlock voice;

    private final transient PlanService plans;
    private final transient Tier3Figures figures;

    public PlanEvaluationView(TaskService tasks, PlanService plans, Tier3Figures figures, FamilyVoice family,
                              Clock clock) {
        super(tasks, "tier3ui.evaluation.title");
        this.plans = plans;
        this.figures = figures;
        evaluation = new EvaluationFields(Arrays.stream(Evaluation.values()).map(Enum::name).toList(),
                "tier3.evaluation.", Evaluation.STEP_DOWN.name(), LocalDate.now(clock));
        voice = new FamilyVoiceBlock(family);
        evaluation.addComponentAtIndex(1, voice);
        form.add(evaluation);
    }

    @Override
    void show(TaskItem task) {
        figures.ofPupil(task.pupilId()).ifPresent(f -> evaluation.show(f, labels(this)));
        voice.show(task.caseId(), false);
    }

    static Tier3Chart.Labels labels(com.vaadin.flow.component.Component c) {
        return new Tier3Chart.Labels(c.getTranslation("pupil.attendance.week") + " ",
                c.getTranslation("tier3ui.chart.start"), c.getTranslation("tier3ui.chart.evaluation"),
                c.getTranslation("tier3ui.chart.target"));
    }

    @Override
    void submit() {
        plans.evaluate(taskId, evaluation.read());
    }

    @Override
    List<Message> markErrors(List<Message> messages) {
        return evaluation.mark(messages);
    }
}
