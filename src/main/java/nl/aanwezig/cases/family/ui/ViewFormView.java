package nl.aanwezig.cases.family.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.cases.family.ChildPage;
import nl.aanwezig.cases.family.FamilyChildren;
import nl.aanwezig.cases.family.FamilyViews;
import nl.aanwezig.cases.family.ViewForm;

/** "Vertel hoe het gaat": what goes well, what is hard, what you want; for a request of the route or of your own. */
@Route(value = "gezin/:pupilId(\\d{1,18})/stem", layout = FamilyLayout.class)
@PageTitle("Vertel hoe het gaat – Aanwezig")
@RolesAllowed({"OUDER", "LEERLING"})
public class ViewFormView extends VerticalLayout implements BeforeEnterObserver, FamilyLayout.AboutChild {

    private final transient FamilyChildren children;
    private final transient FamilyViews views;
    private final TextArea goesWell = area("familyui.view.goesWell", "goed");
    private final TextArea hard = area("familyui.view.hard", "moeilijk");
    private final TextArea wishes = area("familyui.view.wishes", "wil");
    private final Div errors = FamilyTexts.errorArea();
    private ChildPage page;
    private Long requestId;

    public ViewFormView(FamilyChildren children, FamilyViews views) {
        this.children = children;
        this.views = views;
        addClassName("family-page");
        setPadding(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        page = children.child(FamilyTexts.pupilId(event));
        List<String> asked = event.getLocation().getQueryParameters().getParameters().getOrDefault("verzoek", List.of());
        requestId = asked.isEmpty() || !asked.getFirst().matches("\\d{1,18}") ? null : Long.valueOf(asked.getFirst());
        removeAll();
        add(new H1(getTranslation("familyui.view.title", page.firstName())),
                new Paragraph(getTranslation("familyui.view.intro")));
        page.openRequests().stream().filter(r -> requestId != null && r.id() == requestId).findFirst()
                .ifPresent(r -> add(new Paragraph(getTranslation("familyui.view.forRequest",
                        getTranslation("family.occasion." + r.occasion())))));
        Button send = new Button(getTranslation("familyui.view.send"), e -> send());
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("verstuur");
        add(errors, goesWell, hard, wishes, send, back());
    }

    @Override
    public String childName() {
        return page == null ? null : page.firstName();
    }

    private void send() {
        try {
            views.give(page.pupilId(), requestId, new ViewForm(goesWell.getValue(), hard.getValue(), wishes.getValue()));
        } catch (UserFacingException e) {
            FamilyTexts.show(errors, e);
            return;
        }
        // the thanks stay on the page (a status screen readers announce), no toast over it
        removeAll();
        Anchor back = back();
        Div thanks = new Div(new H2(getTranslation("familyui.view.thanksTitle")),
                new Paragraph(getTranslation("familyui.view.thanks")), back);
        thanks.addClassName("family-thanks");
        thanks.getElement().setAttribute("role", "status");
        add(new H1(getTranslation("familyui.view.title", page.firstName())), thanks);
        back.getElement().callJsFunction("focus");
    }

    private Anchor back() {
        Anchor back = new Anchor("gezin/" + page.pupilId(), getTranslation("familyui.back", page.firstName()));
        back.addClassName("family-back");
        return back;
    }

    private TextArea area(String key, String id) {
        TextArea area = new TextArea(getTranslation(key));
        area.setWidthFull();
        area.setMinRows(3);
        area.setMaxLength(2000);
        area.setId(id);
        return area;
    }
}
