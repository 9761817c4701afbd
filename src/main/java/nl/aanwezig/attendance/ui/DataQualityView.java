package nl.aanwezig.attendance.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.aanwezig.base.Messages;
import nl.aanwezig.attendance.signals.DataQualityService;
import nl.aanwezig.attendance.signals.DataQualityService.Finding;

/** Registrations that look wrong, to check with whoever registers them. */
@Route("datakwaliteit")
@PageTitle("Datakwaliteit – Aanwezig")
@Menu(title = "nav.dataQuality", order = 6)
@RolesAllowed({"OC", "ADMIN"})
public class DataQualityView extends VerticalLayout implements BeforeEnterObserver {

    final Grid<Finding> grid = new Grid<>();
    private final transient DataQualityService service;

    public DataQualityView(DataQualityService service) {
        this.service = service;
        setSizeFull();
        add(new H2(getTranslation("dq.title")), new Paragraph(getTranslation("dq.intro")));
        grid.addColumn(f -> Messages.date(f.date())).setHeader(getTranslation("dq.col.date")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(f -> getTranslation("dq." + f.kind())).setHeader(getTranslation("dq.col.kind")).setAutoWidth(true);
        grid.addComponentColumn(DataQualityView::subject).setHeader(getTranslation("dq.col.subject")).setAutoWidth(true);
        grid.addColumn(Finding::detail).setHeader(getTranslation("dq.col.detail")).setFlexGrow(1);
        grid.addColumn(Finding::schoolName).setHeader(getTranslation("dq.col.school")).setAutoWidth(true).setFlexGrow(0);
        add(grid);
    }

    /** A pupil by name with a link to the dossier; a class or a school as it is. */
    static Component subject(Finding f) {
        if (f.pupilId() == null) {
            return new Span(f.subject());
        }
        Anchor link = new Anchor("leerling/" + f.pupilId(), f.pupilName() + " (" + f.subject() + ")");
        link.addClassName("dq-pupil");
        return link;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        grid.setItems(service.findings());
    }
}
