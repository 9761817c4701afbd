package nl.aanwezig.cases.family.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.cases.family.ChildPage;
import nl.aanwezig.cases.family.FamilyChildren;
import nl.aanwezig.cases.family.FamilyConsents;
import nl.aanwezig.cases.family.FamilyPart;
import nl.aanwezig.cases.sharing.ParticipantRole;

/**
 * With whom the child's plan is shared: per partner role whether it is, who of it takes part, and (for who may) give
 * or withdraw consent, withdrawing after a confirmation. Leerplicht may always look (Leerplichtwet), which is said.
 */
@Route(value = "gezin/:pupilId(\\d{1,18})/delen", layout = FamilyLayout.class)
@PageTitle("Met wie het plan gedeeld wordt – Aanwezig")
@RolesAllowed({"OUDER", "LEERLING"})
public class SharingView extends VerticalLayout implements BeforeEnterObserver, FamilyLayout.AboutChild {

    private final transient FamilyChildren children;
    private final transient FamilyConsents consents;
    private final Div errors = FamilyTexts.errorArea();
    private ChildPage page;

    public SharingView(FamilyChildren children, FamilyConsents consents) {
        this.children = children;
        this.consents = consents;
        addClassName("family-page");
        setPadding(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        page = children.child(FamilyTexts.pupilId(event));
        show();
    }

    @Override
    public String childName() {
        return page == null ? null : page.firstName();
    }

    private void show() {
        removeAll();
        add(new H1(getTranslation("familyui.sharing.title", page.firstName())));
        if (!page.sees(FamilyPart.SHARING)) {
            add(ChildSections.keeps(page), back());
            return;
        }
        FamilyConsents.Overview overview = consents.overview(page.pupilId());
        add(new Paragraph(getTranslation("familyui.sharing.intro")), errors);
        if (overview.roles().isEmpty()) {
            add(new Paragraph(getTranslation("familyui.sharing.noCase")));
        }
        if (overview.consentGivenOn() != null) {
            add(new Paragraph(getTranslation("familyui.sharing.given", FamilyTexts.date(overview.consentGivenOn()),
                    overview.consentGivenBy())));
        }
        overview.roles().forEach(s -> add(role(s, overview)));
        add(back());
    }

    private Section role(FamilyConsents.Sharing sharing, FamilyConsents.Overview overview) {
        String name = getTranslation("familyui.role." + sharing.role());
        Section s = new Section(new H2(name));
        s.addClassNames("family-section", "family-role");
        s.add(new Paragraph(getTranslation(sharing.statutory() ? "familyui.sharing.statutory"
                : sharing.consented() ? "familyui.sharing.on" : "familyui.sharing.off")));
        for (FamilyConsents.Partner p : sharing.partners()) {
            s.add(new Paragraph(p.organisation() == null ? getTranslation("familyui.sharing.partnerNoOrg", p.name())
                    : getTranslation("familyui.sharing.partner", p.name(), p.organisation())));
        }
        if (sharing.statutory()) {
            return s;
        }
        String shortName = shortName(sharing.role());
        if (sharing.consented() && overview.mayWithdraw()) {
            Button withdraw = new Button(getTranslation("familyui.sharing.withdraw", shortName),
                    e -> confirmWithdraw(sharing.role(), shortName));
            withdraw.setId("intrekken-" + sharing.role().name().toLowerCase());
            s.add(withdraw);
        } else if (!sharing.consented() && overview.mayGive()) {
            Button give = new Button(getTranslation("familyui.sharing.give", shortName),
                    e -> set(sharing.role(), true, shortName));
            give.setId("geven-" + sharing.role().name().toLowerCase());
            s.add(give);
        }
        return s;
    }

    private void confirmWithdraw(ParticipantRole role, String name) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.addClassName("family-dialog");
        dialog.setHeader(getTranslation("familyui.sharing.confirmTitle"));
        dialog.setText(getTranslation("familyui.sharing.confirmText", name));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("common.cancel"));
        dialog.setConfirmText(getTranslation("familyui.sharing.confirm"));
        dialog.addConfirmListener(e -> set(role, false, name));
        dialog.open();
    }

    private void set(ParticipantRole role, boolean give, String name) {
        try {
            consents.set(page.pupilId(), role, give);
            // the page redraws with the role's new state ("Niet gedeeld"): no toast over it
            show();
        } catch (UserFacingException e) {
            FamilyTexts.show(errors, e);
        }
    }

    private String shortName(ParticipantRole role) {
        String full = getTranslation("familyui.role." + role);
        int bracket = full.indexOf(" (");
        String name = bracket < 0 ? full : full.substring(0, bracket);
        // in the middle of a sentence: "Toestemming intrekken voor de jeugdarts"
        return name.startsWith("De ") || name.startsWith("Het ") ? Character.toLowerCase(name.charAt(0))
                + name.substring(1) : name;
    }

    private Anchor back() {
        Anchor back = new Anchor("gezin/" + page.pupilId(), getTranslation("familyui.back", page.firstName()));
        back.addClassName("family-back");
        return back;
    }
}
