package nl.aanwezig.legal.deviation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
import nl.aanwezig.base.Messages;
import nl.aanwezig.base.ui.Notifications;
import nl.aanwezig.legal.deviation.DeviationService;
import nl.aanwezig.legal.deviation.DeviationService.DeviationView;
import org.springframework.security.access.AccessDeniedException;

/** The OC's onderwijstijd deviation requests of the school: status and period, and a new request. */
@Route("afwijkingen")
@PageTitle("Afwijking onderwijstijd – Aanwezig")
@Menu(title = "deviation.nav", order = 3.6)
@RolesAllowed("OC")
public class DeviationsView extends VerticalLayout implements BeforeEnterObserver {

    final Grid<DeviationView> grid = new Grid<>();
    final Paragraph empty = new Paragraph();
    final Button create = new Button(getTranslation("deviation.new"));

    private final transient DeviationService deviations;

    public DeviationsView(DeviationService deviations) {
        this.deviations = deviations;
        setSizeFull();
        grid.addColumn(d -> d.pupilName() + " (" + d.leerling() + ")").setHeader(getTranslation("deviation.col.pupil"));
        grid.addColumn(d -> getTranslation("deviation.status." + d.status())).setHeader(getTranslation("deviation.col.status"));
        grid.addColumn(d -> Messages.date(d.form().validFrom()) + " – " + Messages.date(d.form().validTo()))
                .setHeader(getTranslation("deviation.col.period"));
        grid.addColumn(d -> d.form().hoursPerWeek().toPlainString()).setHeader(getTranslation("deviation.col.hours"));
        grid.addColumn(d -> d.checklist().complete() ? getTranslation("deviation.checklist.complete")
                : getTranslation("deviation.checklist.incomplete", d.checklist().missing().size()))
                .setHeader(getTranslation("deviation.col.checklist"));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(DeviationRequestView.class, e.getItem().id())));
        grid.setAllRowsVisible(true);
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(DeviationRequestView.class)));
        add(new H2(getTranslation("deviation.title")), new Paragraph(getTranslation("deviation.intro")), create, empty, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            List<DeviationView> list = deviations.ofSchool();
            empty.setText(list.isEmpty() ? getTranslation("deviation.list.empty") : "");
            grid.setItems(list);
        } catch (AccessDeniedException e) {
            Notifications.noAccess();
        }
    }
}
