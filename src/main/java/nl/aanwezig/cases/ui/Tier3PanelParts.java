package nl.aanwezig.cases.ui;

import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import nl.aanwezig.cases.tier3.CasePlan;
import nl.aanwezig.cases.tier3.EvaluationView;

/** The plan and the evaluations as the pupil page's tier-3 panel lists them. */
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
