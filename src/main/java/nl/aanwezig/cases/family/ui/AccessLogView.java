package nl.aanwezig.cases.family.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import nl.aanwezig.cases.family.ChildPage;
import nl.aanwezig.cases.family.FamilyAccessLog;
import nl.aanwezig.cases.family.FamilyChildren;
import nl.aanwezig.cases.family.FamilyPart;

/** Who opened the child's dossier: when, which role of which organisation, what; names only where the school names. */
@Route(value = "gezin/:pupilId(\\d{1,18})/inzage", layout = FamilyLayout.class)
@PageTitle("Wie het dossier heeft bekeken – Aanwezig")
@RolesAllowed({"OUDER", "LEERLING"})
public class AccessLogView extends VerticalLayout implements BeforeEnterObserver, FamilyLayout.AboutChild {

    private final transient FamilyChildren children;
    private final transient FamilyAccessLog log;
    private ChildPage page;

    public AccessLogView(FamilyChildren children, FamilyAccessLog log) {
        this.children = children;
        this.log = log;
        addClassName("family-page");
        setPadding(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        page = children.child(FamilyTexts.pupilId(event));
        removeAll();
        add(new H1(getTranslation("familyui.log.title", page.firstName())));
        if (!page.sees(FamilyPart.ACCESS_LOG)) {
            add(ChildSections.keeps(page), back());
            return;
        }
        add(new Paragraph(getTranslation("familyui.log.intro")));
        List<FamilyAccessLog.Entry> entries = log.of(page.pupilId());
        if (entries.isEmpty()) {
            add(new Paragraph(getTranslation("familyui.log.none")));
        }
        UnorderedList list = FamilyTexts.list("family-log");
        for (FamilyAccessLog.Entry e : entries) {
            String who = e.name() == null ? getTranslation("familyui.log.who", e.role(), org(e))
                    : getTranslation("familyui.log.whoNamed", e.name(), e.role(), org(e));
            Span when = new Span(FamilyTexts.dateTime(e.at()));
            when.addClassName("family-when");
            String what = e.times() > 1 ? getTranslation("familyui.log.times", e.what(), e.times()) : e.what();
            list.add(new ListItem(when, new Paragraph(getTranslation("familyui.log.item", who, what))));
        }
        add(list, back());
    }

    @Override
    public String childName() {
        return page == null ? null : page.firstName();
    }

    private static String org(FamilyAccessLog.Entry e) {
        return e.organisation() == null ? "-" : e.organisation();
    }

    private Anchor back() {
        Anchor back = new Anchor("gezin/" + page.pupilId(), getTranslation("familyui.back", page.firstName()));
        back.addClassName("family-back");
        return back;
    }
}
