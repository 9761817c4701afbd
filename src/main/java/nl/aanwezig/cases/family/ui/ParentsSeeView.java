package nl.aanwezig.cases.family.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.cases.family.ChildPage;
import nl.aanwezig.cases.family.FamilyChildren;
import nl.aanwezig.cases.family.FamilyPart;

/** A pupil of 16 or older chooses what their parents see beyond the attendance facts, which they always see. */
@Route(value = "gezin/:pupilId(\\d{1,18})/wat-ouders-zien", layout = FamilyLayout.class)
@PageTitle("Wat je ouders zien – Aanwezig")
@RolesAllowed({"OUDER", "LEERLING"})
public class ParentsSeeView extends VerticalLayout implements BeforeEnterObserver, FamilyLayout.AboutChild {

    private final transient FamilyChildren children;
    private final CheckboxGroup<FamilyPart> parts = new CheckboxGroup<>();
    private final Div errors = FamilyTexts.errorArea();
    /** "Bewaard": on the page, announced to screen readers (no toast over the form). */
    private final Paragraph saved = new Paragraph();
    private ChildPage page;

    public ParentsSeeView(FamilyChildren children) {
        this.children = children;
        addClassName("family-page");
        setPadding(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        page = children.child(FamilyTexts.pupilId(event));
        removeAll();
        add(new H1(getTranslation("familyui.parents.title")));
        if (!page.choosesForParents()) {
            add(new Paragraph(getTranslation("familyui.parents.notYours")), back());
            return;
        }
        parts.setLabel(getTranslation("familyui.parents.legend"));
        parts.setItems(FamilyPart.choosable());
        parts.setItemLabelGenerator(p -> getTranslation("familyui.part." + p));
        parts.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        parts.setValue(page.parentsSee());
        Button save = new Button(getTranslation("common.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("bewaar");
        saved.setText("");
        saved.getElement().setAttribute("role", "status");
        add(new Paragraph(getTranslation("familyui.parents.intro")), errors, parts, save, saved, back());
    }

    @Override
    public String childName() {
        return page == null ? null : page.firstName();
    }

    private void save() {
        try {
            children.setParentsSee(page.pupilId(), parts.getValue());
            FamilyTexts.clear(errors);
            saved.setText(getTranslation("familyui.parents.saved"));
        } catch (UserFacingException e) {
            FamilyTexts.show(errors, e);
        }
    }

    private Anchor back() {
        Anchor back = new Anchor("gezin/" + page.pupilId(), getTranslation("familyui.back", page.firstName()));
        back.addClassName("family-back");
        return back;
    }
}
