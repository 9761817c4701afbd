package nl.aanwezig.cases.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.aanwezig.cases.tasks.DirectieTasks;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import nl.aanwezig.base.TimeConfig;
import nl.aanwezig.cases.tasks.TaskFeed;
import nl.aanwezig.cases.tasks.TaskItem;
import nl.aanwezig.cases.tasks.TaskService;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** The inbox: tasks assigned to me, and tasks offered to my role at my school. */
@Route("taken")
@PageTitle("Mijn taken – Aanwezig")
@Menu(title = "nav.tasks", order = 2)
@RolesAllowed({"MENTOR", "OC", "LEERPLICHT", "JEUGDARTS", "SWV", "COACH", "DIRECTIE"})
public class TasksView extends VerticalLayout implements BeforeEnterObserver {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d-M HH:mm", nl.aanwezig.base.Messages.DUTCH);


    final Grid<TaskItem> grid = new Grid<>();
    final Paragraph empty = new Paragraph();
    private final transient TaskService tasks;
    private final transient TaskFeed feed;
    private final transient Clock clock;
    private transient TaskFeed.Subscription subscription;

    public TasksView(TaskService tasks, TaskFeed feed, Clock clock) {
        this.tasks = tasks;
        this.feed = feed;
        this.clock = clock;
        setSizeFull();
        add(new H2(getTranslation("tasks.title")), empty);
        grid.addColumn(t -> getTranslation(t.titleKey())).setHeader(getTranslation("tasks.col.task")).setFlexGrow(3);
        grid.addColumn(t -> t.pupilName() + " (" + t.leerling() + ")").setHeader(getTranslation("tasks.col.pupil")).setFlexGrow(2);
        // the deadline is read in full, and an overdue one stands out
        grid.addComponentColumn(this::dueCell).setHeader(getTranslation("tasks.col.due")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(t -> t.assigneeName() != null ? t.assigneeName() : getTranslation("group." + t.candidateGroup())).setHeader(getTranslation("tasks.col.for"));
        // task titles say what to do; they must be readable in full
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addItemClickListener(e -> open(e.getItem()));
        add(grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        refresh();
    }

    /**
     * A new task for this user shows without a reload: the feed tells this screen after the task is committed, and
     * push (@Push on the AppShell) sends the reloaded list; the inbox is read with this screen's sign-in.
     */
    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        SecurityContext signedIn = SecurityContextHolder.createEmptyContext();
        signedIn.setAuthentication(SecurityContextHolder.getContext().getAuthentication());
        subscription = feed.subscribe(created -> ui.access(() -> {
            SecurityContext before = SecurityContextHolder.getContext();
            SecurityContextHolder.setContext(signedIn);
            try {
                refresh();
            } finally {
                SecurityContextHolder.setContext(before);
            }
        }));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (subscription != null) {
            subscription.remove();
            subscription = null;
        }
    }

    void refresh() {
        List<TaskItem> items = tasks.inbox();
        empty.setText(items.isEmpty() ? getTranslation("tasks.empty") : "");
        grid.setItems(items);
    }

    /** The deadline, and "Te laat" as an error badge once it has passed. */
    Component dueCell(TaskItem t) {
        Span cell = new Span();
        cell.addClassName("task-due");
        if (t.dueAt() == null) {
            return cell;
        }
        Span when = new Span(WHEN.format(t.dueAt().atZone(TimeConfig.SCHOOL_ZONE)));
        when.getStyle().set("white-space", "nowrap");
        cell.add(when);
        if (t.open() && t.dueAt().isBefore(clock.instant())) {
            Span late = new Span(getTranslation("fix.tasks.overdue"));
            late.getElement().getThemeList().add("badge error");
            // also styled inline: the badge theme needs Lumo's badge styles, which this app may not load
            late.getStyle().set("margin-left", "var(--lumo-space-s)").set("padding", "0 var(--lumo-space-xs)")
                    .set("border-radius", "var(--lumo-border-radius-s)").set("font-weight", "600")
                    .set("color", "var(--lumo-error-text-color)").set("background", "var(--lumo-error-color-10pct)");
            late.addClassName("overdue");
            cell.add(late);
        }
        return cell;
    }

    void open(TaskItem t) {
        String where = DirectieTasks.GROUP.equals(t.candidateGroup()) ? "directie-taak/" + t.taskId()
                : TaskForms.location(t.form(), t.taskId(), t.caseId());
        getUI().ifPresent(ui -> ui.navigate(where));
    }
}
