package nl.aanwezig.legal.absolute.ui;

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
import nl.aanwezig.base.Messages;
import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.base.ui.Notifications;
import nl.aanwezig.legal.absolute.AbsenceRow;
import nl.aanwezig.legal.absolute.AbsoluteAbsenceService;
import org.springframework.security.access.AccessDeniedException;

/**
 * The region's children without a school: leerplicht registers one here and sees them all, open and closed; the SWV
 * reads the same list without the form.
 */
@Route("absoluut-verzuim")
@PageTitle("Absoluut verzuim – Aanwezig")
@Menu(title = "absolute.nav", order = 4.55)
@RolesAllowed({"LEERPLICHT", "SWV"})
public class AbsoluteAbsenceView extends VerticalLayout implements BeforeEnterObserver {

    final Grid<AbsenceRow> grid = new Grid<>();
    final Paragraph empty = new Paragraph();
    final RegistrationForm form = new RegistrationForm();
    private final transient AbsoluteAbsenceService service;

    public AbsoluteAbsenceView(AbsoluteAbsenceService service) {
        this.service = service;
        setSizeFull();
        grid.addColumn(AbsenceRow::name).setHeader(getTranslation("absolute.col.name")).setFlexGrow(2);
        grid.addColumn(AbsenceRow::age).setHeader(getTranslation("absolute.col.age")).setAutoWidth(true);
        grid.addColumn(r -> r.municipality() == null ? "" : r.municipality())
                .setHeader(getTranslation("absolute.col.municipality")).setAutoWidth(true);
        grid.addColumn(r -> Messages.date(r.since())).setHeader(getTranslation("absolute.col.since")).setAutoWidth(true);
        grid.addColumn(AbsenceRow::weeksAtHome).setHeader(getTranslation("absolute.col.weeks")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation("absolute.status." + r.status().name())
                        + (r.statusOn() == null ? "" : " (" + Messages.date(r.statusOn()) + ")"))
                .setHeader(getTranslation("absolute.col.status")).setFlexGrow(2);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        form.save.addClickListener(e -> register());
        add(new H2(getTranslation("absolute.list.title")), new Paragraph(getTranslation("absolute.list.intro")), form,
                empty, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean mayRegister = service.mayRegister();
        form.setVisible(mayRegister);
        if (mayRegister) {
            form.offer(service.municipalities());
        }
        refresh();
    }

    void register() {
        try {
            service.register(form.value());
            form.clear();
            Notifications.success(getTranslation("absolute.form.saved"));
            refresh();
        } catch (UserFacingException e) {
            form.mark(e);
            Notifications.error(e);
        } catch (AccessDeniedException e) {
            Notifications.noAccess();
        }
    }

    private void refresh() {
        List<AbsenceRow> rows = service.list();
        empty.setText(rows.isEmpty() ? getTranslation("absolute.list.empty") : "");
        grid.setItems(rows);
    }
}
