package nl.aanwezig.cases.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.util.List;
import nl.aanwezig.base.TimeConfig;
import nl.aanwezig.cases.TaskItem;
import nl.aanwezig.cases.TaskService;

/** The inbox: tasks assigned to me, and tasks offered to my role at my school. */
@Route("taken")
@PageTitle("Mijn taken – Aanwezig")
@Menu(title = "nav.tasks", order = 2)
@RolesAllowed({"MENTOR", "OC", "LEERPLICHT", "JEUGDARTS", "SWV"})
public class TasksView extends VerticalLayout implements BeforeEnterObserver {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d-M HH:mm", nl.aanwezig.base.Messages.DUTCH);

    static final String MEETING_DECISION_FORM = "meeting-decision";
    static final String MEETING_DECISION_ROUTE = "casusoverleg/besluit";

    final Grid<TaskItem> grid = new Grid<>();
    final Paragraph empty = new Paragraph();
    private final transient TaskService tasks;

    public TasksView(TaskService tasks) {
        this.tasks = tasks;
        setSizeFull();
        add(new H2(getTranslation("tasks.title")), empty);
        grid.addColumn(t -> getTranslation(t.titleKey())).setHeader(getTranslation("tasks.col.task")).setFlexGrow(3);
        grid.addColumn(t -> t.pupilName() + " (" + t.leerling() + ")").setHeader(getTranslation("tasks.col.pupil")).setFlexGrow(2);
        grid.addColumn(t -> t.dueAt() == null ? "" : WHEN.format(t.dueAt().atZone(TimeConfig.SCHOOL_ZONE)))
                .setHeader(getTranslation("tasks.col.due"));
        grid.addColumn(t -> t.assignee() != null ? t.assignee() : getTranslation("group." + t.candidateGroup())).setHeader(getTranslation("tasks.col.for"));
        // task titles say what to do; they must be readable in full
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addItemClickListener(e -> open(e.getItem()));
        add(grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<TaskItem> items = tasks.inbox();
        empty.setText(items.isEmpty() ? getTranslation("tasks.empty") : "");
        grid.setItems(items);
    }

    void open(TaskItem t) {
        if (MEETING_DECISION_FORM.equals(t.form())) {
            // the casusoverleg's own form; navigated by path, as the cases module does not know the review module
            getUI().ifPresent(ui -> ui.navigate(MEETING_DECISION_ROUTE + "/" + t.taskId()));
        } else if ("conversation".equals(t.form())) {
            getUI().ifPresent(ui -> ui.navigate(ConversationView.class, t.taskId()));
        } else {
            getUI().ifPresent(ui -> ui.navigate(OcTaskView.class, t.taskId()));
        }
    }
}
