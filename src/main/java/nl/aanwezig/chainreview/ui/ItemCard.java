package nl.aanwezig.chainreview.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.List;
import nl.aanwezig.chainreview.ReviewView;

/**
 * One pupil of the list as a compact card: who (name or "Leerling R-0147"), why on the list, the case's facts, and the
 * legal ground of discussing them, all before the details are opened; the details hold the two questions and the
 * pupil's actions.
 */
final class ItemCard extends VerticalLayout {

    final ReviewView.Item item;
    final Span label = new Span();
    final Paragraph consent = new Paragraph();
    final Paragraph facts = new Paragraph();
    final Details details;
    final ItemDetails body;

    ItemCard(ReviewView.Item item, ItemDetails body) {
        this.item = item;
        this.body = body;
        addClassName("chain-review-item");
        setPadding(true);
        setSpacing(false);
        getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "var(--lumo-border-radius-m)");
        label.setText(item.label());
        label.getStyle().set("font-weight", "600");
        // a child enrolled nowhere has no school: that is the point, not a gap in the data
        String school = item.school() != null ? item.school() : item.reasons().contains("ABSOLUTE")
                ? getTranslation("chainreview.ui.item.noSchool") : ReviewTexts.unknown();
        Span head = new Span(label, new Span(" · " + getTranslation("chainreview.ui.item.facts", school,
                orUnknown(item.sector()), item.age() == null ? ReviewTexts.unknown() : item.age())));
        consent.setText(ReviewTexts.consent(item.consent()));
        consent.addClassName("consent");
        facts.setText(String.join("\n", lines()));
        facts.getStyle().set("white-space", "pre-line").set("margin", "0");
        details = new Details(getTranslation("chainreview.ui.details"), body);
        add(head, consent, facts, details);
    }

    /** The facts the review prepared, one line each; lines without data left out. */
    List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add(getTranslation("chainreview.ui.item.reasons", ReviewTexts.reasons(item.reasons())));
        if (item.category() != null) {
            lines.add(getTranslation("chainreview.ui.item.category", ReviewTexts.category(item.category()),
                    ReviewTexts.date(item.thuisSince())));
        }
        if (item.stage() != null) {
            lines.add(getTranslation("chainreview.ui.item.stage", getTranslation("stage." + item.stage()),
                    ReviewTexts.date(item.stageSince())));
        }
        if (item.recentPct() != null || item.previousPct() != null) {
            lines.add(ReviewTexts.trend(item));
        }
        // the facts of a case; a thuiszitter without a case at school has none of them
        if (item.stage() != null) {
            lines.add(getTranslation("chainreview.ui.item.days", orUnknown(item.daysSinceSignal()),
                    orUnknown(item.daysSignalToPlan())));
            lines.add(getTranslation("chainreview.ui.item.regie", ReviewTexts.orNone(item.regievoerder()),
                    ReviewTexts.orNone(item.regievoerderOrg()), ReviewTexts.orNone(item.partners())));
            lines.add(getTranslation("chainreview.ui.item.evaluations", ReviewTexts.date(item.lastEvaluation()),
                    ReviewTexts.date(item.nextEvaluation())));
        }
        if (item.lastReviewOutcome() != null) {
            lines.add(getTranslation("chainreview.ui.item.lastReview", item.lastReviewOutcome()));
        }
        return lines;
    }

    private static String orUnknown(Object value) {
        return value == null ? ReviewTexts.unknown() : value.toString();
    }
}
