package nl.aanwezig.cases.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import nl.aanwezig.base.ui.DutchDates;
import nl.aanwezig.base.ui.MainLayout;
import nl.aanwezig.cases.tasks.TaskItem;
import nl.aanwezig.cases.tasks.TaskService;
import nl.aanwezig.cases.tier3.SatAnalysisForm;
import nl.aanwezig.cases.tier3.SatService;
import nl.aanwezig.cases.tier3.Tier3Decisions.FactorGroup;
import nl.aanwezig.cases.tier3.Tier3Decisions.Sat;

/**
 * The SAT's analysis: the five groups of factors (what is known, what not yet), hypotheses, the pupil's and the
 * parents' view and the advice, beside the figures and the decision table's advice; the decision asks for a reason
 * when it differs from that advice, and for a review date when it is yellow monitoring.
 */
@Route(value = "sat-analyse", layout = MainLayout.class)
@PageTitle("SAT-analyse – Aanwezig")
@RolesAllowed({"MENTOR", "OC"})
public class SatAnalyseView extends Tier3TaskView {

    final Map<FactorGroup, TextArea> known = new EnumMap<>(FactorGroup.class);
    final Map<FactorGroup, TextArea> unknown = new EnumMap<>(FactorGroup.class);
    final Tier3Error factorsError = new Tier3Error();
    final TextArea hypotheses = area("tier3ui.sat.hypotheses");
    final TextArea pupilView = area("tier3ui.sat.pupilView");
    final TextArea parentsView = area("tier3ui.sat.parentsView");
    final TextArea advice = area("tier3ui.sat.advice");
    final RadioButtonGroup<Sat> decision = new RadioButtonGroup<>(getTranslation("tier3ui.sat.decision"));
    final TextArea overrideReason = area("tier3ui.sat.overrideReason");
    final DatePicker reviewOn = DutchDates.picker(getTranslation("tier3ui.reviewOn"));
    final Div figures = new Div();
    final Paragraph advised = new Paragraph();

    private final transient SatService sat;
    private final transient Clock clock;
    private Sat advisedDecision;

    public SatAnalyseView(TaskService tasks, SatService sat, Clock clock) {
        super(tasks, "tier3ui.sat.title");
        this.sat = sat;
        this.clock = clock;
        FormLayout factors = new FormLayout();
        for (FactorGroup g : FactorGroup.values()) {
            TextArea k = area("tier3ui.sat.known");
            TextArea u = area("tier3ui.sat.unknown");
            k.setLabel(getTranslation("tier3.factor." + g) + ": " + getTranslation("tier3ui.sat.known"));
            u.setLabel(getTranslation("tier3.factor." + g) + ": " + getTranslation("tier3ui.sat.unknown"));
            known.put(g, k);
            unknown.put(g, u);
            factors.add(k, u);
        }
        decision.setItems(Sat.values());
        decision.setItemLabelGenerator(s -> getTranslation("tier3.sat." + s));
        decision.setRequired(true);
        decision.addValueChangeListener(e -> decisionChanged());
        hypotheses.setRequired(true);
        advice.setRequired(true);
        reviewOn.setMin(LocalDate.now(clock).plusDays(1));
        figures.addClassName("tier3-figures");
        form.add(section(getTranslation("tier3ui.sat.figures"), figures, advised),
                section(getTranslation("tier3ui.sat.factors"), factorsError, factors),
                hypotheses, pupilView, parentsView, advice, decision, overrideReason, reviewOn);
        fields.put("factors", factorsError).put("hypotheses", hypotheses).put("pupilView", pupilView)
                .put("parentsView", parentsView).put("advice", advice).put("decision", decision)
                .put("overrideReason", overrideReason).put("reviewOn", reviewOn);
        decisionChanged();
    }

    private TextArea area(String labelKey) {
        TextArea a = new TextArea(getTranslation(labelKey));
        a.setWidthFull();
        a.setMaxLength(4000);
        return a;
    }

    @Override
    void show(TaskItem task) {
        SatService.Advice a = sat.advice(task.taskId());
        advisedDecision = a.advised();
        figures.removeAll();
        figures.add(new Paragraph(getTranslation("tier3ui.figures.band") + ": "
                        + (a.band() == null ? "–" : getTranslation("band." + a.band()))),
                new Paragraph(getTranslation("tier3ui.figures.year") + ": " + Tier3Format.pct(a.attendancePct())),
                new Paragraph(getTranslation("tier3ui.figures.recent") + ": " + Tier3Format.pct(a.recentPct())
                        + " – " + getTranslation("tier3ui.figures.previous") + ": " + Tier3Format.pct(a.previousPct())),
                new Paragraph(getTranslation("tier3ui.figures.trend") + ": " + Tier3Format.points(a.trend())));
        advised.setText(a.advised() == null ? getTranslation("tier3ui.sat.noAdvice")
                : getTranslation("tier3ui.sat.advised", getTranslation("tier3.sat." + a.advised()),
                        a.reasonKey() == null ? "" : getTranslation(a.reasonKey())));
        decision.setValue(a.advised());
        decisionChanged();
    }

    /** The reason field appears only when the decision differs from the advice; the date only for yellow. */
    void decisionChanged() {
        Sat d = decision.getValue();
        overrideReason.setVisible(d != null && advisedDecision != null && d != advisedDecision);
        overrideReason.setRequired(overrideReason.isVisible());
        reviewOn.setVisible(d == Sat.YELLOW);
        reviewOn.setRequired(reviewOn.isVisible());
    }

    @Override
    void submit() {
        Map<FactorGroup, SatAnalysisForm.Factor> f = new EnumMap<>(FactorGroup.class);
        for (FactorGroup g : FactorGroup.values()) {
            f.put(g, new SatAnalysisForm.Factor(known.get(g).getValue(), unknown.get(g).getValue()));
        }
        sat.analyse(taskId, new SatAnalysisForm(f, hypotheses.getValue(), pupilView.getValue(), parentsView.getValue(),
                advice.getValue(), decision.getValue(),
                overrideReason.isVisible() ? overrideReason.getValue() : null,
                reviewOn.isVisible() ? reviewOn.getValue() : null));
    }
}
