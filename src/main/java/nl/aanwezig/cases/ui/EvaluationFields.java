package nl.aanwezig.cases.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.aanwezig.base.UserFacingException.Message;
import nl.aanwezig.base.ui.DutchDates;
import nl.aanwezig.base.ui.EChart;
import nl.aanwezig.cases.tier3.CasePlan;
import nl.aanwezig.cases.tier3.EvaluationForm;
import nl.aanwezig.cases.tier3.Tier3Decisions.Progress;
import nl.aanwezig.cases.tier3.Tier3Figures;

/**
 * An evaluation as a form: the weekly attendance since the plan started and since the last evaluation beside each
 * goal's target, per goal how it went with a note, an overall note, and the decision (with a review date when it
 * steps down to yellow monitoring).
 */
class EvaluationFields extends VerticalLayout {

    final Paragraph sinceStart = new Paragraph();
    final Paragraph sinceLast = new Paragraph();
    final EChart chart = new EChart();
    final VerticalLayout goals = new VerticalLayout();
    final Tier3Error goalNotesError = new Tier3Error();
    final Map<Long, RadioButtonGroup<Progress>> progress = new LinkedHashMap<>();
    final Map<Long, TextArea> goalNotes = new LinkedHashMap<>();
    final TextArea note = new TextArea(getTranslation("tier3ui.evaluation.note"));
    final RadioButtonGroup<String> decision = new RadioButtonGroup<>(getTranslation("tier3ui.decision"));
    final DatePicker reviewOn = DutchDates.picker(getTranslation("tier3ui.reviewOn"));
    final Tier3Fields fields = new Tier3Fields();

    EvaluationFields(List<String> decisions, String labelPrefix, String reviewDecision, LocalDate today) {
        setPadding(false);
        chart.setWidthFull();
        chart.setMaxWidth("60rem");
        chart.setHeight("260px");
        goals.setPadding(false);
        note.setWidthFull();
        note.setMaxLength(4000);
        note.setRequired(true);
        decision.setItems(decisions);
        decision.setItemLabelGenerator(d -> getTranslation(labelPrefix + d));
        decision.setRequired(true);
        decision.addValueChangeListener(e -> reviewOn.setVisible(e.getValue() != null && e.getValue().equals(reviewDecision)));
        reviewOn.setMin(today.plusDays(1));
        reviewOn.setVisible(false);
        add(Tier3TaskView.section(getTranslation("tier3ui.evaluation.figures"), sinceStart, sinceLast, chart),
                Tier3TaskView.section(getTranslation("tier3ui.evaluation.goals"), goalNotesError, goals),
                note, decision, reviewOn);
        fields.put("goalNotes", goalNotesError).put("note", note).put("decision", decision).put("reviewOn", reviewOn);
    }

    void show(Tier3Figures.PlanFigures f, Tier3Chart.Labels labels) {
        sinceStart.setText(getTranslation("tier3ui.evaluation.sinceStart", Tier3Format.date(f.planStart()),
                Tier3Format.pct(f.sinceStart())));
        sinceLast.setText(f.evaluations().isEmpty() ? getTranslation("tier3ui.evaluation.first")
                : getTranslation("tier3ui.evaluation.sinceLast", Tier3Format.date(f.evaluations().getLast()),
                        Tier3Format.pct(f.sinceLast())));
        CasePlan.Plan plan = f.plan().plan();
        List<CasePlan.Goal> planGoals = plan == null || !plan.active() ? List.of() : plan.goals();
        chart.setOption(Tier3Chart.weekly(f.trend(), f.planStart(), f.evaluations(),
                planGoals.stream().map(CasePlan.Goal::targetPct).filter(java.util.Objects::nonNull).toList(), labels));
        goals.removeAll();
        progress.clear();
        goalNotes.clear();
        for (CasePlan.Goal g : planGoals) {
            RadioButtonGroup<Progress> p = new RadioButtonGroup<>(getTranslation("tier3ui.evaluation.progress"));
            p.setItems(Progress.values());
            p.setItemLabelGenerator(x -> getTranslation("tier3.progress." + x));
            TextArea n = new TextArea(getTranslation("tier3ui.evaluation.goalNote"));
            n.setWidthFull();
            n.setMaxLength(4000);
            n.setRequired(true);
            progress.put(g.id(), p);
            goalNotes.put(g.id(), n);
            Span what = new Span(getTranslation("tier3.domain." + g.domain()) + ": " + g.description() + " – "
                    + getTranslation("tier3ui.evaluation.target", Tier3Format.pct(g.targetPct()),
                    Tier3Format.pct(f.sinceStart())));
            what.getStyle().set("font-weight", "600");
            goals.add(what, p, n);
        }
    }

    EvaluationForm read() {
        Map<Long, EvaluationForm.GoalNote> notes = new LinkedHashMap<>();
        progress.forEach((id, p) -> notes.put(id, new EvaluationForm.GoalNote(p.getValue(), goalNotes.get(id).getValue())));
        return new EvaluationForm(notes, note.getValue(), decision.getValue(),
                reviewOn.isVisible() ? reviewOn.getValue() : null);
    }

    List<Message> mark(List<Message> errors) {
        List<Message> unplaced = fields.mark(errors);
        progress.forEach((id, p) -> {
            TextArea n = goalNotes.get(id);
            p.setInvalid(goalNotesError.isInvalid() && p.getValue() == null);
            n.setInvalid(goalNotesError.isInvalid() && n.isEmpty());
            p.setErrorMessage(goalNotesError.getErrorMessage());
            n.setErrorMessage(goalNotesError.getErrorMessage());
        });
        return unplaced;
    }
}
