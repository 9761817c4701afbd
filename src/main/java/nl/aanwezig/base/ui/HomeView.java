package nl.aanwezig.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/** Sends each role to its own start screen; a family account to the family pages. */
@Route("")
@PermitAll
public class HomeView extends Div implements BeforeEnterObserver {

    private final transient AuthenticationContext auth;

    public HomeView(AuthenticationContext auth) {
        this.auth = auth;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (auth.hasAnyRole("OUDER", "LEERLING")) {
            // the family's own pages, never the staff's screens
            event.forwardTo("gezin");
        } else if (auth.hasRole("MENTOR")) {
            event.forwardTo("vandaag");
        } else if (auth.hasRole("OC")) {
            event.forwardTo("dossiers");
        } else if (auth.hasRole("ADMIN")) {
            event.forwardTo("import");
        } else {
            event.forwardTo("taken");
        }
    }
}
