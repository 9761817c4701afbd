package nl.aanwezig.cases.ui;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.VaadinService;
import java.time.LocalDate;
import java.util.List;
import nl.aanwezig.base.TimeConfig;
import nl.aanwezig.cases.dossier.Dossier;
import nl.aanwezig.cases.family.FamilyAgreements;
import nl.aanwezig.cases.family.FamilyKind;
import nl.aanwezig.cases.family.FamilyViews;
import nl.aanwezig.cases.family.FamilyVoice;
import org.springframework.security.access.AccessDeniedException;

/**
 * "Stem van leerling / ouders": the views the family gave (who, when, the three answers) and where each family member
 * stands on the plan. Beside the figures of the evaluation forms; compact (the newest view only) on the pupil page.
 */
public class FamilyVoiceBlock extends VerticalLayout {

    final VerticalLayout views = part();
    final VerticalLayout agreement = part();

    private final transient FamilyVoice voice;

    public FamilyVoiceBlock(FamilyVoice voice) {
        this.voice = voice;
        setPadding(false);
        setSpacing(false);
        addClassName("family-voice");
        setVisible(false);
    }

    /** The compact block of the pupil page's open case; nothing without an open case or access. */
    static FamilyVoiceBlock forCase(Dossier.CaseSummary open) {
        FamilyVoiceBlock block = VaadinService.getCurrent().getInstantiator().getOrCreate(FamilyVoiceBlock.class);
        if (open != null) {
            block.show(open.caseId(), true);
        }
        return block;
    }

    private static VerticalLayout part() {
        VerticalLayout v = new VerticalLayout();
        v.setPadding(false);
        v.setSpacing(false);
        return v;
    }

    /** Fills the block for the case; {@code compact} shows the newest view only, under a small heading. */
    void show(long caseId, boolean compact) {
        removeAll();
        FamilyVoice.ForStaff f;
        try {
            f = voice.forStaff(caseId);
        } catch (AccessDeniedException e) {
            setVisible(false);
            return;
        }
        add(compact ? new H4(getTranslation("familyStaff.voice.compactTitle"))
                : new H3(getTranslation("familyStaff.voice.title")));
        List<FamilyViews.Voice> shown = compact && !f.views().isEmpty() ? f.views().subList(0, 1) : f.views();
        renderViews(shown, f.previousEvaluation());
        renderAgreement(f.agreement());
        add(views, agreement);
        setVisible(true);
    }

    private void renderViews(List<FamilyViews.Voice> shown, LocalDate previous) {
        views.removeAll();
        if (shown.isEmpty()) {
            views.add(new Paragraph(getTranslation("familyStaff.voice.none")));
            return;
        }
        if (previous != null) {
            views.add(hint(getTranslation("familyStaff.voice.since", Tier3Format.date(previous))));
        }
        for (FamilyViews.Voice v : shown) {
            Paragraph who = new Paragraph(getTranslation("familyStaff.voice.who", v.authorName(),
                    getTranslation("family.kind." + v.kind()),
                    Tier3Format.date(LocalDate.ofInstant(v.givenAt(), TimeConfig.SCHOOL_ZONE))));
            who.addClassName("family-voice-who");
            who.getStyle().set("font-weight", "600");
            UnorderedList answers = new UnorderedList();
            answer(answers, "familyStaff.voice.goesWell", v.goesWell());
            answer(answers, "familyStaff.voice.hard", v.hard());
            answer(answers, "familyStaff.voice.wishes", v.wishes());
            views.add(who, answers);
        }
    }

    private void answer(UnorderedList into, String labelKey, String text) {
        into.add(new ListItem(getTranslation(labelKey) + ": "
                + (text == null || text.isBlank() ? getTranslation("familyStaff.voice.empty") : text)));
    }

    private void renderAgreement(FamilyAgreements.Status status) {
        agreement.removeAll();
        agreement.add(new Paragraph(getTranslation("familyStaff.agreement.title")));
        if (status.planId() == null) {
            agreement.add(hint(getTranslation("familyStaff.agreement.noPlan")));
            return;
        }
        if (status.answers().isEmpty()) {
            agreement.add(hint(getTranslation("familyStaff.agreement.noAccounts")));
            return;
        }
        UnorderedList list = new UnorderedList();
        status.answers().forEach(a -> list.add(new ListItem(getTranslation("familyStaff.agreement.line", a.name(),
                getTranslation("family.kind." + a.kind()) + (a.kind() == FamilyKind.PARENT && !a.parentalAuthority()
                        ? getTranslation("familyStaff.agreement.noAuthority") : ""), answerText(a)))));
        agreement.add(list);
    }

    private String answerText(FamilyAgreements.Answer a) {
        if (a.agreed() == null) {
            return getTranslation(a.earlierPlanAnswered() ? "familyStaff.agreement.earlier" : "familyStaff.agreement.none");
        }
        String on = Tier3Format.date(LocalDate.ofInstant(a.at(), TimeConfig.SCHOOL_ZONE));
        return a.agreed() ? getTranslation("familyStaff.agreement.agreed", on)
                : getTranslation("familyStaff.agreement.disagreed", on, a.reason());
    }

    private static Paragraph hint(String text) {
        Paragraph p = new Paragraph(text);
        p.addClassName("hint");
        return p;
    }
}
