package nl.aanwezig.legal.exemption.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import nl.aanwezig.legal.exemption.DecisionEntry;
import nl.aanwezig.legal.exemption.Exemption;
import nl.aanwezig.legal.exemption.ExemptionDetails;
import nl.aanwezig.legal.exemption.Review;

/** What every reader of an exemption sees: notice, statement (never its medical part), outcome, DUO, reviews. */
class DossierSummary extends VerticalLayout {

    final H2 title = new H2();
    final Paragraph educationPossible = new Paragraph();

    DossierSummary() {
        setPadding(false);
    }

    void show(ExemptionDetails d) {
        removeAll();
        Exemption e = d.exemption();
        title.setText(getTranslation("exemption.dossier.title", d.pupilName(), d.leerling(), d.schoolBrin()));
        add(title, new Paragraph(getTranslation("exemption.dossier.notice", Labels.date(e.noticeDate()), e.givenBy())));
        if (e.hasStatement()) {
            add(new Paragraph(getTranslation("exemption.dossier.statement", e.doctorName(),
                    getTranslation("exemption.dossier.designated"), Labels.date(e.statementDate()))));
            educationPossible.setText(getTranslation("exemption.dossier.educationPossible", e.educationPossible()));
            add(educationPossible);
        } else {
            add(new Paragraph(getTranslation("exemption.dossier.noStatement")));
        }
        add(new Paragraph(getTranslation("exemption.dossier.outcome", getTranslation("exemption.outcome." + e.outcome()))));
        if (e.periodKind() != null) {
            add(new Paragraph(getTranslation("exemption.dossier.period", getTranslation("exemption.period." + e.periodKind()),
                    getTranslation("exemption.period.range", Labels.date(e.validFrom()), Labels.date(e.validTo())))));
        }
        if (!d.decisions().isEmpty()) {
            add(new H3(getTranslation("exemption.dossier.decisions")));
        }
        for (DecisionEntry x : d.decisions()) {
            String outcome = getTranslation("exemption.outcome." + x.outcome());
            add(new Paragraph(getTranslation(x.correction() ? "exemption.dossier.corrected" : "exemption.dossier.decided",
                    Labels.date(java.time.LocalDate.ofInstant(x.decidedAt(), nl.aanwezig.base.TimeConfig.SCHOOL_ZONE)), x.decidedByName(),
                    outcome, x.reason())));
        }
        add(new Paragraph(e.duoRegisteredOn() != null
                ? getTranslation("exemption.dossier.duo", Labels.date(e.duoRegisteredOn()))
                : getTranslation("exemption.dossier.duoMissing")));
        add(new H3(getTranslation("exemption.dossier.reviews")));
        if (d.reviews().isEmpty()) {
            add(new Paragraph(getTranslation("exemption.dossier.noReviews")));
        }
        for (Review r : d.reviews()) {
            add(new Paragraph(getTranslation("exemption.dossier.review", Labels.date(r.reviewedOn()), r.conclusion())));
        }
    }
}
