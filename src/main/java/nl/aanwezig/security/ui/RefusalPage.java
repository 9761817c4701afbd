package nl.aanwezig.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import nl.aanwezig.security.AuditLog;

/**
 * A refusal people can read: a Dutch title, one sentence and the way back; nothing about the app's routes.
 * Every one shown is audited with the address that was asked for.
 */
abstract class RefusalPage extends VerticalLayout {

    final H2 title = new H2();
    final Paragraph text = new Paragraph();
    private final transient AuditLog audit;

    RefusalPage(AuditLog audit) {
        this.audit = audit;
        addClassName("refusal-page");
        setAlignItems(Alignment.CENTER);
        add(new H1(getTranslation("app.name")), title, text, new Anchor("", getTranslation("refusal.home")));
    }

    int show(BeforeEnterEvent event, String key, String action, int status) {
        title.setText(getTranslation("refusal." + key + ".title"));
        text.setText(getTranslation("refusal." + key + ".text"));
        String path = "/" + event.getLocation().getPathWithQueryParameters();
        audit.refusedForCurrentUser(action, path.length() <= 300 ? path : path.substring(0, 300));
        return status;
    }
}
