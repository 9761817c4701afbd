package nl.aanwezig.cases.sharing.ui;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.function.BiFunction;
import nl.aanwezig.base.Messages;
import nl.aanwezig.security.NeedToKnow.Part;
import nl.aanwezig.cases.sharing.Consent;
import nl.aanwezig.cases.sharing.Participant;
import nl.aanwezig.cases.sharing.ParticipantRole;
import nl.aanwezig.cases.sharing.SharedCase;
import nl.aanwezig.cases.sharing.SharedPlan;

/** The read-only parts of a shared case, each shown only when the service filled it in for this reader. */
class SharedCaseSections {

    private final VerticalLayout into;
    private final BiFunction<String, Object[], String> t;

    SharedCaseSections(VerticalLayout into, BiFunction<String, Object[], String> translation) {
        this.into = into;
        this.t = translation;
    }

    private String tr(String key, Object... args) {
        return t.apply(key, args);
    }

    void add(SharedCase c) {
        if (c.participants() != null) {
            participants(c);
        }
        if (c.attendance() != null) {
            into.add(new H3(tr("pupil.attendance")));
            into.add(c.attendance().weeks().isEmpty() ? new Paragraph(tr("pupil.attendance.none"))
                    : SharedCaseView.chart(c, tr("pupil.attendance.week") + " "));
        }
        if (c.sees(Part.PLAN)) {
            plan(c.plan());
        }
        list("sharing.case.contributions", c.contributions().stream().map(x -> SharedCaseView.at(x.writtenAt())
                + " – " + x.authorName() + " (" + tr("sharing.role." + x.authorRole()) + "), "
                + tr("sharing.kind." + x.kind()) + ": " + x.text()).toList(), "sharing.case.noContributions");
        if (c.sees(Part.MEDICAL_NOTES)) {
            into.add(new H3(tr("medical.title")));
            list(null, c.medicalNotes().stream().map(n -> SharedCaseView.at(n.writtenAt()) + " – " + n.author()
                    + ": " + n.text()).toList(), "medical.none");
        }
        if (c.sees(Part.CONVERSATIONS)) {
            list("pupil.conversations", c.conversations().stream().map(v -> Messages.date(v.heldOn()) + " – "
                    + v.topics().stream().map(x -> tr("topic." + x)).sorted().reduce((a, b) -> a + ", " + b).orElse("")
                    + ": " + v.agreements()).toList(), "sharing.case.noConversations");
        }
    }

    private void participants(SharedCase c) {
        into.add(new H3(tr("sharing.panel.title")));
        UnorderedList ul = new UnorderedList();
        for (Participant p : c.participants().participants()) {
            if (p.active()) {
                ul.add(new ListItem(p.displayName() + " – " + tr("sharing.role." + p.role())
                        + (p.organisation() == null ? "" : ", " + p.organisation())));
            }
        }
        c.participants().contacts().forEach(x -> ul.add(new ListItem(x.name() + " – " + tr("sharing.role." + x.role())
                + (x.organisation() == null ? "" : ", " + x.organisation()))));
        into.add(ul);
        Paragraph consent = new Paragraph(consentText(c.participants().consent(), c.viewerRole()));
        consent.addClassName("shared-consent");
        into.add(consent);
    }

    /**
     * The parents' consent as it concerns the reader (need to know promises it): given by whom, when and for which
     * partner roles; for leerplicht, whose access is statutory, that it needs none.
     */
    private String consentText(Consent consent, ParticipantRole viewer) {
        boolean inForce = consent != null && consent.inForce();
        String scope = !inForce ? "" : consent.scope().stream().sorted().map(r -> tr("sharing.role." + r))
                .collect(java.util.stream.Collectors.joining(", "));
        if (inForce && consent.covers(viewer)) {
            return tr("p3.consent.forRole", tr("sharing.role." + viewer), consent.givenBy(),
                    Messages.date(consent.givenOn()), scope);
        }
        if (viewer.statutory()) {
            return tr("p3.consent.statutory");
        }
        if (inForce) {
            return tr(viewer.outsideSchool() ? "p3.consent.notForRole" : "p3.consent.inForce", consent.givenBy(),
                    Messages.date(consent.givenOn()), scope);
        }
        return tr("p3.consent.none");
    }

    private void plan(SharedPlan plan) {
        into.add(new H3(tr("sharing.case.plan")));
        if (plan == null) {
            into.add(new Paragraph(tr("sharing.case.noPlan")));
            return;
        }
        into.add(new Paragraph(tr("sharing.case.planStarted", Messages.date(plan.startedOn()),
                plan.nextEvaluation() == null ? "–" : Messages.date(plan.nextEvaluation()))));
        list("sharing.case.goals", plan.goals().stream().map(g -> tr("tier3.domain." + g.domain()) + ": " + g.description() + " ("
                + g.measure() + (g.targetPct() == null ? "" : ", " + tr("sharing.case.target", g.targetPct())) + ")")
                .toList(), "sharing.case.none");
        list("sharing.case.interventions", plan.interventions().stream().map(i -> i.description() + " – "
                + i.owner() + ", " + tr("sharing.case.interventionPeriod", Messages.date(i.startsOn()), i.durationWeeks()))
                .toList(), "sharing.case.none");
    }

    private void list(String titleKey, java.util.List<String> items, String emptyKey) {
        if (titleKey != null) {
            into.add(new H3(tr(titleKey)));
        }
        if (items.isEmpty()) {
            into.add(new Paragraph(tr(emptyKey)));
            return;
        }
        UnorderedList ul = new UnorderedList();
        items.forEach(s -> ul.add(new ListItem(s)));
        into.add(ul);
    }
}
