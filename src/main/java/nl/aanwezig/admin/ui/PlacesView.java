package nl.aanwezig.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.function.Function;
import java.util.function.Supplier;
import nl.aanwezig.admin.PlaceAdmin;
import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.base.ui.Notifications;

/** Regions (samenwerkingsverbanden) and municipalities: the lists, and a new one by name. */
@Route("beheer/regios")
@PageTitle("Regio's en gemeenten – Aanwezig")
@Menu(title = "admin.nav.places", order = 92)
@RolesAllowed("ADMIN")
public class PlacesView extends VerticalLayout {

    final Grid<PlaceAdmin.Place> regions = new Grid<>();
    final Grid<PlaceAdmin.Place> municipalities = new Grid<>();
    final TextField regionName = new TextField();
    final TextField municipalityName = new TextField();

    public PlacesView(PlaceAdmin places) {
        add(new H2(getTranslation("admin.places.title")));
        add(part("admin.places.regions", regions, regionName, places::region, places::regions));
        add(part("admin.places.municipalities", municipalities, municipalityName, places::municipality,
                places::municipalities));
    }

    private VerticalLayout part(String titleKey, Grid<PlaceAdmin.Place> grid, TextField name,
                                Function<String, PlaceAdmin.Place> create,
                                Supplier<java.util.List<PlaceAdmin.Place>> list) {
        grid.addColumn(PlaceAdmin.Place::name).setHeader(getTranslation("admin.places.name"));
        grid.setAllRowsVisible(true);
        grid.setItems(list.get());
        name.setLabel(getTranslation("admin.places.name"));
        FieldErrors errors = new FieldErrors().bind("name", name);
        Button add = new Button(getTranslation("admin.places.add"), e -> {
            errors.clear();
            try {
                PlaceAdmin.Place place = create.apply(name.getValue());
                Notifications.success(getTranslation(place.created() ? "admin.places.created" : "admin.places.existed",
                        place.name()));
                name.clear();
                grid.setItems(list.get());
            } catch (UserFacingException ex) {
                errors.show(ex);
            }
        });
        HorizontalLayout form = new HorizontalLayout(name, add);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        VerticalLayout part = new VerticalLayout(new H3(getTranslation(titleKey)), grid, form);
        part.setPadding(false);
        return part;
    }
}
