package nl.aanwezig.cases.family.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;

/**
 * The family's own frame, not the staff's menu: the app's name and the child's name, a logout button and one column
 * of at most about 40rem, centred, in a {@code main} landmark. Built for a phone first.
 */
@AnonymousAllowed
public class FamilyLayout extends Div implements RouterLayout, AfterNavigationObserver {

    /** A family page that names the child it is about (for the header). */
    public interface AboutChild {
        String childName();
    }

    private final Span child = new Span();
    private final Main main = new Main();
    private HasElement content;

    public FamilyLayout(AuthenticationContext auth) {
        addClassName("family-layout");
        Span brand = new Span(getTranslation("app.name"));
        brand.addClassName("family-brand");
        child.addClassName("family-child");
        Header header = new Header(brand, child);
        header.addClassName("family-header");
        if (auth.isAuthenticated()) {
            Button logout = new Button(getTranslation("familyui.logout"), e -> auth.logout());
            logout.addClassName("family-logout");
            header.add(logout);
        }
        main.setId("inhoud");
        main.addClassName("family-main");
        add(header, main);
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        this.content = content;
        main.getElement().removeAllChildren();
        if (content != null) {
            main.getElement().appendChild(content.getElement());
        }
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        String name = content instanceof AboutChild about ? about.childName() : null;
        child.setText(name == null ? "" : name);
        child.setVisible(name != null);
    }
}
