package nl.aanwezig.legal.exemption.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
import nl.aanwezig.legal.exemption.ExemptionService;

/** Leerplicht's exemptions: every dossier of the schools they serve. */
@Route("vrijstellingen")
@PageTitle("Vrijstellingen – Aanwezig")
@Menu(title = "exemption.nav", order = 4.6)
@RolesAllowed("LEERPLICHT")
public class ExemptionsView extends VerticalLayout implements BeforeEnterObserver {

    final Grid<ExemptionRow> grid = new Grid<>();
    final Paragraph empty = new Paragraph();
    final Button register = new Button(getTranslation("exemption.list.new"));
    private final transient ExemptionService service;

    public ExemptionsView(ExemptionService service) {
        this.service = service;
        setSizeFull();
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        register.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(NoticeView.class)));
        grid.addColumn(r -> r.pupilName() + " (" + r.leerling() + ")").setHeader(getTranslation("exemption.col.pupil")).setFlexGrow(2);
        grid.addColumn(ExemptionRow::schoolBrin).setHeader(getTranslation("exemption.col.school")).setAutoWidth(true);
        grid.addColumn(r -> Labels.date(r.noticeDate())).setHeader(getTranslation("exemption.col.notice")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation("exemption.outcome." + r.outcome())).setHeader(getTranslation("exemption.col.outcome"));
        grid.addColumn(Labels::period).setHeader(getTranslation("exemption.col.period")).setFlexGrow(2);
        grid.addColumn(r -> Labels.date(r.duoRegisteredOn())).setHeader(getTranslation("exemption.col.duo")).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(ExemptionDossierView.class, e.getItem().id())));
        add(new H2(getTranslation("exemption.list.title")), register, empty, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<ExemptionRow> rows = service.list();
        empty.setText(rows.isEmpty() ? getTranslation("exemption.list.empty") : "");
        grid.setItems(rows);
    }
}
