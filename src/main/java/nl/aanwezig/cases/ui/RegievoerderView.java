package nl.aanwezig.cases.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.aanwezig.base.ui.MainLayout;
import nl.aanwezig.cases.tasks.TaskItem;
import nl.aanwezig.cases.tasks.TaskService;
import nl.aanwezig.cases.tier3.RegievoerderService;
import nl.aanwezig.cases.tier3.Tier3People;

/** The OC appoints the regievoerder of the orange plan among the school's staff and the case's partners. */
@Route(value = "regievoerder", layout = MainLayout.class)
@PageTitle("Regievoerder aanwijzen – Aanwezig")
@RolesAllowed("OC")
public class RegievoerderView extends Tier3TaskView {

    final ComboBox<Tier3People.Person> regievoerder = personPicker(getTranslation("tier3ui.regievoerder"));

    private final transient RegievoerderService regie;
    private final transient Tier3People people;

    public RegievoerderView(TaskService tasks, RegievoerderService regie, Tier3People people) {
        super(tasks, "tier3ui.regievoerder.title");
        this.regie = regie;
        this.people = people;
        regievoerder.setRequired(true);
        regievoerder.setHelperText(getTranslation("tier3ui.regievoerder.helper"));
        form.add(regievoerder);
        fields.put("regievoerder", regievoerder);
    }

    /** A choice of accounts by the name people know, with their role. */
    static ComboBox<Tier3People.Person> personPicker(String label) {
        ComboBox<Tier3People.Person> box = new ComboBox<>(label);
        box.setItemLabelGenerator(p -> p.displayName() + " (" + box.getTranslation("tier3ui.role." + p.role()) + ")");
        box.setWidth("24rem");
        return box;
    }

    @Override
    void show(TaskItem task) {
        regievoerder.setItems(people.eligible(task.caseId()));
    }

    @Override
    void submit() {
        regie.appoint(taskId, regievoerder.getValue() == null ? null : regievoerder.getValue().username());
    }
}
