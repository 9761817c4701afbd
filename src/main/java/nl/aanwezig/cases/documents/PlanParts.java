package nl.aanwezig.cases.documents;

import java.util.List;
import nl.aanwezig.base.Messages;
import nl.aanwezig.base.pdf.PdfDocument;
import nl.aanwezig.cases.family.FamilyAgreements;
import nl.aanwezig.cases.tier3.CasePlan;
import nl.aanwezig.cases.tier3.EvaluationView;

/** The plan document's later sections: the wishes and agreements, the evaluations and the family's agreement. */
final class PlanParts {

    private PlanParts() {
    }

    static void texts(PdfDocument pdf, CasePlan.Plan p) {
        pdf.heading(Messages.nl("doc.plan.agreements"));
        labelled(pdf, "tier3ui.plan.adaptedEducation", p.adaptedEducation());
        labelled(pdf, "tier3ui.plan.pupilWish", p.pupilWish());
        labelled(pdf, "tier3ui.plan.parentsWish", p.parentsWish());
        labelled(pdf, "tier3ui.plan.agreed", p.agreed());
    }

    private static void labelled(PdfDocument pdf, String key, String value) {
        if (value != null && !value.isBlank()) {
            pdf.labelled(Messages.nl(key), value);
        }
    }

    /** Every evaluation date (held, and the next one planned) and the outcome of the latest. */
    static void evaluations(PdfDocument pdf, CasePlan.Plan p, List<EvaluationView> held) {
        pdf.heading(Messages.nl("doc.plan.evaluations"));
        pdf.labelled(Messages.nl("doc.plan.every"), Messages.nl("doc.plan.everyWeeks", p.evaluationWeeks()));
        pdf.labelled(Messages.nl("doc.plan.held"), held.isEmpty() ? Messages.nl("doc.plan.noneHeld")
                : String.join(", ", held.stream().map(e -> Messages.date(e.heldOn())).toList()));
        pdf.labelled(Messages.nl("doc.plan.next"), p.active() && p.nextEvaluation() != null
                ? Messages.date(p.nextEvaluation()) : Messages.nl("doc.plan.ended"));
        if (held.isEmpty()) {
            return;
        }
        EvaluationView last = held.getLast();
        pdf.labelled(Messages.nl("doc.plan.outcome", Messages.date(last.heldOn())),
                Messages.nl((last.ofPlan() ? "tier3.evaluation." : "tier3.arrangement.") + last.decision()));
        pdf.text(last.note());
        pdf.table(List.of(Messages.nl("doc.plan.goal"), Messages.nl("doc.plan.progress"), Messages.nl("doc.plan.note")),
                new float[] {3, 1.3f, 3}, last.goals().stream().map(g -> List.of(g.goal(),
                        Messages.nl("tier3.progress." + g.progress()), g.note() == null ? "" : g.note())).toList(),
                null);
    }

    /** Who of the family agreed to the plan as it is now, who did not (with their reason) and who did not answer. */
    static void family(PdfDocument pdf, CasePlan.Plan p, FamilyAgreements.Status status) {
        pdf.heading(Messages.nl("doc.plan.family"));
        if (p.parentsAgreedOn() != null) {
            pdf.text(Messages.nl("doc.plan.agreedOn", Messages.date(p.parentsAgreedOn())));
        }
        if (status.answers().isEmpty()) {
            pdf.text(Messages.nl(p.parentsAgreedOn() == null ? "doc.plan.noFamilyAnswer" : "doc.plan.noAccounts"));
            return;
        }
        pdf.table(List.of(Messages.nl("doc.plan.who"), Messages.nl("doc.plan.answer")), new float[] {2, 4},
                status.answers().stream().map(a -> List.of(a.name() + " (" + Messages.nl("family.kind." + a.kind()) + ")",
                        a.agreed() == null ? Messages.nl("doc.plan.notAnswered")
                                : a.agreed() ? Messages.nl("doc.plan.agreedAt", Messages.date(a.at().atZone(
                                        nl.aanwezig.base.TimeConfig.SCHOOL_ZONE).toLocalDate()))
                                : Messages.nl("doc.plan.disagreed", a.reason()))).toList(), null);
    }
}
