package nl.aanwezig.cases.ui;

import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import nl.aanwezig.cases.tier3.CasePlan;
import nl.aanwezig.cases.tier3.EvaluationView;
import nl.aanwezig.cases.tier3.SatAnalysisForm;
import nl.aanwezig.cases.tier3.SatAnalysisView;
import nl.aanwezig.cases.tier3.Tier3Decisions.FactorGroup;

/** The plan, the SAT analyses and the evaluations as the pupil page's tier-3 panel lists them. */
final class Tier3PanelParts {

    private Tier3PanelParts() {
    }

    static void plan(VerticalLayout into, CasePlan.Plan p) {
        into.removeAll();
        if (p == null) {
            return;
        }
        into.add(new H4(into.getTranslation("tier3ui.panel.plan")), new Paragraph(into.getTranslation(
                "tier3ui.panel.planFacts", Tier3Format.date(p.startedOn()), p.evaluationWeeks(),
                p.active() ? Tier3Format.date(p.nextEvaluation()) : into.getTranslation("tier3ui.panel.ended"))));
        UnorderedList goals = new UnorderedList();
        p.goals().forEach(g -> goals.add(new ListItem(into.getTranslation("tier3.domain." + g.domain()) + ": "
                + g.description() + " – " + g.measure() + " – " + into.getTranslation("tier3ui.chart.target") + " "
                + Tier3Format.pct(g.targetPct()))));
        UnorderedList interventions = new UnorderedList();
        p.interventions().forEach(i -> interventions.add(new ListItem(into.getTranslation("tier3ui.panel.intervention",
                i.description(), i.owner(), Tier3Format.date(i.startsOn()), i.durationWeeks()))));
        into.add(new Paragraph(into.getTranslation("tier3ui.plan.goals")), goals,
                new Paragraph(into.getTranslation("tier3ui.plan.interventions")), interventions);
        text(into, "tier3ui.plan.adaptedEducation", p.adaptedEducation());
        text(into, "tier3ui.plan.pupilWish", p.pupilWish());
        text(into, "tier3ui.plan.parentsWish", p.parentsWish());
        text(into, "tier3ui.plan.agreed", p.agreed() == null ? null
                : p.agreed() + (p.parentsAgreedOn() == null ? "" : " ("
                + into.getTranslation("tier3ui.panel.agreedOn", Tier3Format.date(p.parentsAgreedOn())) + ")"));
    }

    /**
     * The SAT analyses as saved, newest first: the factors per group (known and not yet known), the hypotheses, the
     * pupil's and the parents' view, the advice and the decision. Only school staff get them (need to know).
     */
    static void analyses(VerticalLayout into, List<SatAnalysisView> list) {
        into.removeAll();
        for (SatAnalysisView a : list) {
            into.add(new H4(into.getTranslation("p3.sat.heading", Tier3Format.date(
                    a.at().atZone(nl.aanwezig.base.TimeConfig.SCHOOL_ZONE).toLocalDate()), a.by())));
            UnorderedList factors = new UnorderedList();
            for (FactorGroup g : FactorGroup.values()) {
                SatAnalysisForm.Factor f = a.factors() == null ? null : a.factors().get(g);
                if (f != null && (filled(f.known()) || filled(f.unknown()))) {
                    factors.add(new ListItem(into.getTranslation("tier3.factor." + g) + ": "
                            + (filled(f.known()) ? into.getTranslation("tier3ui.sat.known") + ": " + f.known() : "")
                            + (filled(f.known()) && filled(f.unknown()) ? "; " : "")
                            + (filled(f.unknown()) ? into.getTranslation("tier3ui.sat.unknown") + ": " + f.unknown() : "")));
                }
            }
            if (factors.getChildren().findAny().isPresent()) {
                into.add(new Paragraph(into.getTranslation("tier3ui.sat.factors")), factors);
            }
            text(into, "tier3ui.sat.hypotheses", a.hypotheses());
            text(into, "tier3ui.sat.pupilView", a.pupilView());
            text(into, "tier3ui.sat.parentsView", a.parentsView());
            text(into, "tier3ui.sat.advice", a.advice());
            text(into, "tier3ui.sat.decision", a.decision() == null ? null : into.getTranslation("tier3.sat." + a.decision()));
            text(into, "tier3ui.sat.overrideReason", a.overrideReason());
        }
    }

    private static boolean filled(String s) {
        return s != null && !s.isBlank();
    }

    private static void text(VerticalLayout into, String labelKey, String value) {
        if (value != null && !value.isBlank()) {
            into.add(new Paragraph(into.getTranslation(labelKey) + ": " + value));
        }
    }

    static void evaluations(VerticalLayout into, List<EvaluationView> list) {
        into.removeAll();
        if (list.isEmpty()) {
            return;
        }
        into.add(new H4(into.getTranslation("tier3ui.panel.evaluations")));
        for (EvaluationView e : list) {
            String decision = into.getTranslation((e.ofPlan() ? "tier3.evaluation." : "tier3.arrangement.") + e.decision());
            Paragraph head = new Paragraph(into.getTranslation("tier3ui.panel.evaluation", Tier3Format.date(e.heldOn()),
                    decision, Tier3Format.pct(e.pctSinceStart()), Tier3Format.pct(e.pctSinceLast()), e.note()));
            head.addClassName("tier3-evaluation");
            UnorderedList goals = new UnorderedList();
            e.goals().forEach(g -> goals.add(new ListItem(g.goal() + ": "
                    + into.getTranslation("tier3.progress." + g.progress()) + " – " + g.note())));
            into.add(head, goals);
        }
    }
}
