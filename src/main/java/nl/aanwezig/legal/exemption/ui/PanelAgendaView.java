package nl.aanwezig.legal.exemption.ui;

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
import nl.aanwezig.legal.exemption.ExemptionRow;
import nl.aanwezig.legal.exemption.PanelService;

/** The review panel's agenda: every running exemption of the region, its statement's date and what is possible. */
@Route("vrijstellingen/panel")
@PageTitle("Panel vrijstellingen – Aanwezig")
@Menu(title = "exemption.nav.panel", order = 4.7)
@RolesAllowed({"LEERPLICHT", "SWV", "JEUGDARTS"})
public class PanelAgendaView extends VerticalLayout implements BeforeEnterObserver {

    final Grid<ExemptionRow> grid = new Grid<>();
    final Paragraph empty = new Paragraph();
    private final transient PanelService panel;

    public PanelAgendaView(PanelService panel) {
        this.panel = panel;
        setSizeFull();
        grid.addColumn(r -> r.pupilName() + " (" + r.leerling() + ")").setHeader(getTranslation("exemption.col.pupil")).setFlexGrow(2);
        grid.addColumn(ExemptionRow::schoolBrin).setHeader(getTranslation("exemption.col.school")).setAutoWidth(true);
        grid.addColumn(r -> Labels.date(r.statementDate())).setHeader(getTranslation("exemption.col.statementDate")).setAutoWidth(true);
        grid.addColumn(r -> r.educationPossible() == null ? "" : r.educationPossible())
                .setHeader(getTranslation("exemption.col.educationPossible")).setFlexGrow(4);
        grid.addColumn(r -> getTranslation("exemption.outcome." + r.outcome()) + " " + Labels.period(r))
                .setHeader(getTranslation("exemption.col.period")).setFlexGrow(2);
        grid.addColumn(r -> Labels.date(r.lastReview())).setHeader(getTranslation("exemption.col.lastReview")).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(ExemptionDossierView.class, e.getItem().id())));
        add(new H2(getTranslation("exemption.panel.title")), new Paragraph(getTranslation("exemption.panel.intro")),
                empty, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<ExemptionRow> rows = panel.agenda();
        empty.setText(rows.isEmpty() ? getTranslation("exemption.panel.empty") : "");
        grid.setItems(rows);
    }
}
