package nl.aanwezig.cases.family.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.aanwezig.cases.family.ChildPage;
import nl.aanwezig.cases.family.FamilyAgreements;
import nl.aanwezig.cases.family.FamilyChildren;
import nl.aanwezig.cases.family.FamilyPart;

/**
 * The child's page: how it goes now, the weekly attendance, the plan and who coordinates it, what the family is asked,
 * past outcomes and the agreement. What a pupil of 16 or older keeps from the parents is a kind sentence instead.
 */
@Route(value = "gezin/:pupilId(\\d{1,18})", layout = FamilyLayout.class)
@PageTitle("Hoe het gaat – Aanwezig")
@RolesAllowed({"OUDER", "LEERLING"})
public class ChildView extends VerticalLayout implements BeforeEnterObserver, FamilyLayout.AboutChild {

    private final transient FamilyChildren children;
    private final transient FamilyAgreements agreements;
    private ChildPage page;

    public ChildView(FamilyChildren children, FamilyAgreements agreements) {
        this.children = children;
        this.agreements = agreements;
        addClassName("family-page");
        setPadding(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show(FamilyTexts.pupilId(event));
    }

    @Override
    public String childName() {
        return page == null ? null : page.firstName();
    }

    private void show(long pupilId) {
        page = children.child(pupilId);
        removeAll();
        add(new H1(getTranslation("familyui.child.title", page.firstName())),
                new Paragraph(getTranslation("familyui.child.school", page.firstName(), page.age(),
                        page.schoolName())), links());
        add(ChildSections.now(page), ChildSections.weeks(page));
        if (!page.sees(FamilyPart.PLAN)) {
            add(ChildSections.keeps(page));
        } else if (page.plan() != null) {
            add(ChildSections.plan(page), ChildSections.regievoerder(page));
        } else {
            add(ChildSections.plan(page));
        }
        if (page.caseOpen()) {
            add(ChildSections.requests(page));
        }
        if (page.sees(FamilyPart.OUTCOMES) && !page.outcomes().isEmpty()) {
            add(ChildSections.outcomes(page));
        }
        if (!page.views().isEmpty()) {
            add(ChildSections.views(page));
        }
        if (page.plan() != null) {
            add(new AgreementSection(agreements, page, () -> show(pupilId)));
        }
    }

    private Nav links() {
        String base = "gezin/" + page.pupilId();
        UnorderedList list = FamilyTexts.list("family-links");
        if (page.caseOpen()) {
            list.add(new ListItem(new Anchor(base + "/stem", getTranslation("familyui.child.linkView"))));
        }
        if (page.sees(FamilyPart.SHARING)) {
            list.add(new ListItem(new Anchor(base + "/delen", getTranslation("familyui.child.linkSharing"))));
        }
        if (page.sees(FamilyPart.ACCESS_LOG)) {
            list.add(new ListItem(new Anchor(base + "/inzage", getTranslation("familyui.child.linkLog"))));
        }
        if (page.choosesForParents()) {
            list.add(new ListItem(new Anchor(base + "/wat-ouders-zien", getTranslation("familyui.child.linkParents"))));
        }
        Nav nav = new Nav(list);
        nav.getElement().setAttribute("aria-label", getTranslation("familyui.child.links"));
        return nav;
    }
}
