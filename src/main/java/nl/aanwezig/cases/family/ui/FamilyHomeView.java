package nl.aanwezig.cases.family.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import nl.aanwezig.cases.family.FamilyChildren;

/** The family member's start: the children linked to them; with exactly one, straight to that child's page. */
@Route(value = "gezin", layout = FamilyLayout.class)
@PageTitle("Je kinderen – Aanwezig")
@RolesAllowed({"OUDER", "LEERLING"})
public class FamilyHomeView extends VerticalLayout implements BeforeEnterObserver {

    private final transient FamilyChildren children;

    public FamilyHomeView(FamilyChildren children) {
        this.children = children;
        addClassName("family-page");
        setPadding(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<FamilyChildren.Child> linked = children.children();
        if (linked.size() == 1) {
            event.forwardTo("gezin/" + linked.getFirst().pupilId());
            return;
        }
        removeAll();
        add(new H1(getTranslation("familyui.home.title")));
        if (linked.isEmpty()) {
            add(new Paragraph(getTranslation("familyui.home.none")));
            return;
        }
        add(new Paragraph(getTranslation("familyui.home.intro")));
        UnorderedList list = new UnorderedList();
        list.addClassName("family-links");
        for (FamilyChildren.Child child : linked) {
            list.add(new ListItem(new Anchor("gezin/" + child.pupilId(), getTranslation("familyui.home.child",
                    child.firstName(), child.age(), child.schoolName()))));
        }
        add(list);
    }
}
