package nl.aanwezig.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.aanwezig.admin.SchoolAdmin;
import nl.aanwezig.admin.SchoolInfo;

/** All schools; a click opens one, with its classes, calendar, partners and SAT. */
@Route("beheer/scholen")
@PageTitle("Scholen – Aanwezig")
@Menu(title = "admin.nav.schools", order = 90)
@RolesAllowed("ADMIN")
public class SchoolsView extends VerticalLayout {

    final Grid<SchoolInfo> grid = new Grid<>();
    final Button create = new Button();

    public SchoolsView(SchoolAdmin schools) {
        create.setText(getTranslation("admin.school.new"));
        create.setId("school-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(SchoolView.class, SchoolView.NEW)));
        grid.addColumn(SchoolInfo::brin).setHeader(getTranslation("admin.school.brin")).setAutoWidth(true);
        grid.addColumn(SchoolInfo::name).setHeader(getTranslation("admin.school.name")).setFlexGrow(2);
        grid.addColumn(s -> s.sector().name()).setHeader(getTranslation("admin.school.sector")).setAutoWidth(true);
        grid.addColumn(SchoolInfo::region).setHeader(getTranslation("admin.school.region"));
        grid.addColumn(SchoolInfo::municipality).setHeader(getTranslation("admin.school.municipality"));
        grid.addColumn(s -> s.classes().size()).setHeader(getTranslation("admin.school.classCount")).setAutoWidth(true);
        grid.setItems(schools.list());
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(SchoolView.class, e.getItem().brin())));
        setSizeFull();
        add(new H2(getTranslation("admin.schools.title")), create, grid);
    }
}
