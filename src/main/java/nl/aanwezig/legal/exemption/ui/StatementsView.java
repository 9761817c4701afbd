package nl.aanwezig.legal.exemption.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import nl.aanwezig.cases.tasks.TaskItem;
import nl.aanwezig.legal.exemption.ExemptionSteps;

/** The jeugdarts's statements to write: each opens its form. */
@Route("verklaringen")
@PageTitle("Te schrijven verklaringen – Aanwezig")
@Menu(title = "exemption.nav.statements", order = 4.8)
@RolesAllowed("JEUGDARTS")
public class StatementsView extends VerticalLayout implements BeforeEnterObserver {

    final Grid<TaskItem> grid = new Grid<>();
    final Paragraph empty = new Paragraph();
    private final transient ExemptionSteps steps;

    public StatementsView(ExemptionSteps steps) {
        this.steps = steps;
        setSizeFull();
        grid.addColumn(t -> t.pupilName() + " (" + t.leerling() + ")").setHeader(getTranslation("exemption.col.pupil"));
        grid.addColumn(TaskItem::schoolBrin).setHeader(getTranslation("exemption.col.school"));
        grid.addColumn(t -> Labels.date(t.createdAt().atZone(nl.aanwezig.base.TimeConfig.SCHOOL_ZONE).toLocalDate()))
                .setHeader(getTranslation("exemption.col.notice"));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(StatementTaskView.class, e.getItem().taskId())));
        add(new H2(getTranslation("exemption.statements.title")), empty, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<TaskItem> items = steps.statementsToWrite();
        empty.setText(items.isEmpty() ? getTranslation("exemption.statements.empty") : "");
        grid.setItems(items);
    }
}
