package nl.aanwezig.cases.ui;

import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.aanwezig.base.UserFacingException.Message;
import nl.aanwezig.base.ui.MainLayout;
import nl.aanwezig.cases.tasks.TaskItem;
import nl.aanwezig.cases.tasks.TaskService;
import nl.aanwezig.cases.tier3.PlanService;
import nl.aanwezig.cases.tier3.Tier3People;
import org.springframework.security.access.AccessDeniedException;

/** The regievoerder draws up the plan "patronen doorbreken" at the route's step; saving starts its evaluation timer. */
@Route(value = "plan-opstellen", layout = MainLayout.class)
@PageTitle("Plan opstellen – Aanwezig")
@RolesAllowed({"MENTOR", "OC", "LEERPLICHT", "JEUGDARTS", "SWV"})
public class PlanDrawView extends Tier3TaskView {

    final PlanEditor editor;

    private final transient PlanService plans;
    private final transient Tier3People people;

    public PlanDrawView(TaskService tasks, PlanService plans, Tier3People people, Clock clock) {
        super(tasks, "tier3ui.plan.title");
        this.plans = plans;
        this.people = people;
        editor = new PlanEditor(LocalDate.now(clock));
        form.setMaxWidth("75rem");
        form.add(editor);
    }

    @Override
    void show(TaskItem task) {
        editor.setPeople(staff(people, task.caseId()));
    }

    /** The accounts to link interventions to; none when this user may not list them (free text still works). */
    static List<Tier3People.Person> staff(Tier3People people, long caseId) {
        try {
            return people.eligible(caseId);
        } catch (AccessDeniedException e) {
            return List.of();
        }
    }

    @Override
    void submit() {
        plans.draw(taskId, editor.read());
    }

    @Override
    List<Message> markErrors(List<Message> messages) {
        return editor.mark(messages);
    }
}
