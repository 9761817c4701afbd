package nl.aanwezig.cases.ui;

import com.vaadin.flow.component.html.Paragraph;
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
import nl.aanwezig.cases.tier3.ArrangementService;
import nl.aanwezig.cases.tier3.CasePlan;
import nl.aanwezig.cases.tier3.Tier3Decisions.Arrangement;
import nl.aanwezig.cases.tier3.Tier3Figures;

/** The evaluation of the red arrangement: it runs on, goes back to the orange plan, or closes; never by itself. */
@Route(value = "arrangement-evaluatie", layout = MainLayout.class)
@PageTitle("Arrangement evalueren – Aanwezig")
@RolesAllowed({"MENTOR", "OC", "LEERPLICHT", "JEUGDARTS", "SWV"})
public class ArrangementEvaluationView extends Tier3TaskView {

    final Paragraph arrangement = new Paragraph();
    final EvaluationFields evaluation;
    final FamilyVoiceBlock voice;

    private final transient ArrangementService arrangements;
    private final transient Tier3Figures figures;

    public ArrangementEvaluationView(TaskService tasks, ArrangementService arrangements, Tier3Figures figures,
                                     FamilyVoice family, Clock clock) {
        super(tasks, "tier3ui.arrangementEvaluation.title");
        this.arrangements = arrangements;
        this.figures = figures;
        evaluation = new EvaluationFields(Arrays.stream(Arrangement.values()).map(Enum::name).toList(),
                "tier3.arrangement.", null, LocalDate.now(clock));
        voice = new FamilyVoiceBlock(family);
        evaluation.addComponentAtIndex(1, voice);
        form.add(arrangement, evaluation);
    }

    @Override
    void show(TaskItem task) {
        figures.ofPupil(task.pupilId()).ifPresent(f -> {
            evaluation.show(f, PlanEvaluationView.labels(this));
            CasePlan.Arrangement a = f.plan().arrangement();
            if (a != null) {
                arrangement.setText(Tier3Panel.arrangementText(this, a));
            }
        });
        voice.show(task.caseId(), false);
    }

    @Override
    void submit() {
        arrangements.evaluate(taskId, evaluation.read());
    }

    @Override
    List<Message> markErrors(List<Message> messages) {
        return evaluation.mark(messages);
    }
}
