package nl.aanwezig.cases.family.ui;

import static nl.aanwezig.base.Messages.nl;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import nl.aanwezig.base.TimeConfig;
import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.cases.family.ChildPage;
import nl.aanwezig.cases.family.FamilyAgreements;

/**
 * Agreement to the plan: what each family member answered, a note where the plan changed since an earlier answer, and
 * for who may, "Ik ga akkoord" or "Ik ga niet akkoord" with a reason (which the regievoerder then talks through).
 */
class AgreementSection extends Section {

    private final transient FamilyAgreements agreements;
    private final long pupilId;
    private final transient Runnable reload;
    private final TextArea reason = new TextArea(nl("familyui.agree.reason"));
    private final Div errors = FamilyTexts.errorArea();

    AgreementSection(FamilyAgreements agreements, ChildPage page, Runnable reload) {
        this.agreements = agreements;
        this.pupilId = page.pupilId();
        this.reload = reload;
        addClassNames("family-section", "family-agreement");
        add(new H2(nl("familyui.agree.title")), new Paragraph(nl("familyui.agree.intro")));
        UnorderedList answers = FamilyTexts.list("family-answers");
        for (FamilyAgreements.Answer a : page.agreement().answers()) {
            answers.add(FamilyTexts.item(answer(a)));
            if (a.earlierPlanAnswered()) {
                answers.add(FamilyTexts.item(nl("familyui.agree.changed", a.name())));
            }
        }
        add(answers);
        if (!page.mayAgree()) {
            add(new Paragraph(nl("familyui.agree.notYours")));
            return;
        }
        Button yes = new Button(nl("familyui.agree.yes"), e -> decide(true));
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        yes.setId("akkoord");
        Button no = new Button(nl("familyui.agree.no"), e -> showReason());
        no.setId("niet-akkoord");
        reason.setHelperText(nl("familyui.agree.reasonHelp"));
        reason.setRequiredIndicatorVisible(true);
        reason.setMaxLength(2000);
        reason.setWidthFull();
        reason.setVisible(false);
        reason.setId("reden");
        Button send = new Button(nl("familyui.agree.send"), e -> decide(false));
        send.setId("verstuur-niet-akkoord");
        send.setVisible(false);
        Div buttons = new Div(yes, no);
        buttons.addClassName("family-buttons");
        add(errors, buttons, reason, send);
        no.addClickListener(e -> send.setVisible(true));
    }

    private void showReason() {
        reason.setVisible(true);
        reason.focus();
    }

    private void decide(boolean agreed) {
        try {
            agreements.decide(pupilId, agreed, agreed ? null : reason.getValue());
            // the page redraws with the answer in the list ("akkoord op ..."): no toast over it
            reload.run();
        } catch (UserFacingException e) {
            reason.setInvalid(!agreed);
            FamilyTexts.show(errors, e);
        }
    }

    private static String answer(FamilyAgreements.Answer a) {
        String kind = nl("family.kind." + a.kind());
        if (a.agreed() == null) {
            return nl("familyui.agree.open", a.name(), kind);
        }
        String on = FamilyTexts.date(LocalDate.ofInstant(a.at(), TimeConfig.SCHOOL_ZONE));
        return a.agreed() ? nl("familyui.agree.agreed", a.name(), kind, on)
                : nl("familyui.agree.disagreed", a.name(), kind, on, a.reason());
    }
}
