package nl.aanwezig.cases.ui;

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
import nl.aanwezig.base.TimeConfig;
import nl.aanwezig.cases.DossierService;
import nl.aanwezig.cases.DossierService.OpenCase;

/** The OC's overview of the school's open cases. */
@Route("dossiers")
@PageTitle("Open dossiers – Aanwezig")
@Menu(title = "nav.cases", order = 3)
@RolesAllowed("OC")
public class OpenCasesView extends VerticalLayout implements BeforeEnterObserver {

    final Grid<OpenCase> grid = new Grid<>();
    final Paragraph empty = new Paragraph();
    private final transient DossierService dossiers;

    public OpenCasesView(DossierService dossiers) {
        this.dossiers = dossiers;
        setSizeFull();
        add(new H2(getTranslation("cases.title")), empty);
        grid.addColumn(OpenCase::pupilName).setHeader(getTranslation("cases.col.pupil")).setFlexGrow(2);
        grid.addColumn(OpenCase::mentor).setHeader(getTranslation("cases.col.mentor"));
        grid.addColumn(c -> getTranslation("stage." + c.stage())).setHeader(getTranslation("cases.col.stage"));
        grid.addColumn(c -> PupilView.WHEN.format(c.openedAt().atZone(TimeConfig.SCHOOL_ZONE)))
                .setHeader(getTranslation("cases.col.opened"));
        grid.addColumn(OpenCase::openTasks).setHeader(getTranslation("cases.col.tasks"));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(PupilView.class, e.getItem().pupilId())));
        add(grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var cases = dossiers.openCasesOfMySchool();
        empty.setText(cases.isEmpty() ? getTranslation("cases.empty") : "");
        grid.setItems(cases);
    }
}
