package nl.aanwezig.cases.sharing.ui;

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
import java.util.List;
import nl.aanwezig.cases.sharing.SharedCaseRow;
import nl.aanwezig.cases.sharing.SharedCaseService;

/** "Mijn gedeelde casussen": the cases a chain partner takes part in, with stage, regievoerder and their open task. */
@Route("gedeeld")
@PageTitle("Mijn gedeelde casussen – Aanwezig")
@Menu(title = "sharing.nav", order = 3)
@RolesAllowed({"LEERPLICHT", "JEUGDARTS", "SWV", "COACH"})
public class SharedCasesView extends VerticalLayout implements BeforeEnterObserver {

    final Grid<SharedCaseRow> grid = new Grid<>();
    final Paragraph empty = new Paragraph();
    private final transient SharedCaseService shared;

    public SharedCasesView(SharedCaseService shared) {
        this.shared = shared;
        setSizeFull();
        grid.addColumn(r -> r.pupilName() + " (" + r.leerling() + ")").setHeader(getTranslation("sharing.col.pupil")).setFlexGrow(2);
        grid.addColumn(SharedCaseRow::schoolName).setHeader(getTranslation("sharing.col.school")).setFlexGrow(2);
        grid.addColumn(r -> getTranslation("stage." + r.stage())).setHeader(getTranslation("sharing.col.stage")).setFlexGrow(2);
        grid.addColumn(r -> r.regievoerder() == null ? getTranslation("sharing.panel.noRegievoerder") : r.regievoerder())
                .setHeader(getTranslation("sharing.col.regievoerder")).setFlexGrow(2);
        grid.addColumn(r -> r.openTaskTitleKey() == null ? "" : getTranslation(r.openTaskTitleKey()))
                .setHeader(getTranslation("sharing.col.openTask")).setFlexGrow(3);
        grid.addColumn(r -> ParticipantsPanel.DAY.format(r.since().atZone(nl.aanwezig.base.TimeConfig.SCHOOL_ZONE)))
                .setHeader(getTranslation("sharing.col.since")).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addItemClickListener(e -> open(e.getItem()));
        add(new H2(getTranslation("sharing.mine.title")), new Paragraph(getTranslation("sharing.mine.intro")), empty, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<SharedCaseRow> rows = shared.myCases();
        empty.setText(rows.isEmpty() ? getTranslation("sharing.mine.empty") : "");
        grid.setItems(rows);
    }

    void open(SharedCaseRow row) {
        getUI().ifPresent(ui -> ui.navigate(SharedCaseView.class, row.caseId()));
    }
}
