package nl.aanwezig.legal.exemption.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import nl.aanwezig.legal.exemption.Decision;
import nl.aanwezig.legal.exemption.Exemption;
import nl.aanwezig.legal.exemption.Outcome;
import nl.aanwezig.legal.exemption.PeriodKind;

/**
 * Leerplicht's outcome as an explicit choice (Verleend / Niet verleend, nothing chosen at first), its reason, the
 * period when granted, and the DUO register date.
 */
class DecisionFields extends FormLayout {

    final RadioButtonGroup<Boolean> granted = new RadioButtonGroup<>(getTranslation("exemption.decision.choice"));
    final TextArea reason = new TextArea();
    final Select<PeriodKind> periodKind = new Select<>();
    final DatePicker validFrom = new DatePicker(getTranslation("exemption.decision.validFrom"));
    final DatePicker validTo = new DatePicker(getTranslation("exemption.decision.validTo"));
    final DatePicker duoRegisteredOn = new DatePicker(getTranslation("exemption.decision.duoRegisteredOn"));

    /** {@code reasonKey}: the label of the reason (the decision's motivering, or why it is corrected). */
    DecisionFields(String reasonKey) {
        granted.setItems(Boolean.TRUE, Boolean.FALSE);
        granted.setItemLabelGenerator(g -> getTranslation(g ? "exemption.outcome.GRANTED" : "exemption.outcome.REFUSED"));
        reason.setLabel(getTranslation(reasonKey));
        reason.setMaxLength(4000);
        periodKind.setLabel(getTranslation("exemption.decision.periodKind"));
        periodKind.setItems(PeriodKind.values());
        periodKind.setItemLabelGenerator(k -> getTranslation("exemption.period." + k));
        granted.addValueChangeListener(e -> periodFieldsVisible(Boolean.TRUE.equals(e.getValue())));
        periodFieldsVisible(false);
        add(granted, reason, periodKind, validFrom, validTo, duoRegisteredOn);
        setColspan(reason, 2);
    }

    /** The current decision as the starting point of a correction (its reason is written anew). */
    void showCurrent(Exemption e) {
        granted.setValue(e.outcome() == Outcome.PENDING ? null : e.outcome() == Outcome.GRANTED);
        periodKind.setValue(e.periodKind());
        validFrom.setValue(e.validFrom());
        validTo.setValue(e.validTo());
        duoRegisteredOn.setValue(e.duoRegisteredOn());
        reason.clear();
    }

    private void periodFieldsVisible(boolean visible) {
        periodKind.setVisible(visible);
        validFrom.setVisible(visible);
        validTo.setVisible(visible);
    }

    Decision value() {
        return new Decision(granted.getValue(), periodKind.getValue(), validFrom.getValue(), validTo.getValue(),
                duoRegisteredOn.getValue(), reason.getValue());
    }

    /** The words of the confirmation: what is about to be recorded. */
    String summary() {
        Decision d = value();
        String outcome = getTranslation(d.isGranted() ? "exemption.outcome.GRANTED" : "exemption.outcome.REFUSED");
        return d.isGranted()
                ? getTranslation("exemption.confirm.granted", outcome, Labels.date(d.validFrom()), Labels.date(d.validTo()))
                : getTranslation("exemption.confirm.refused", outcome);
    }

    /** The fields a refusal's message keys name. */
    Map<String, com.vaadin.flow.component.HasValidation> marks() {
        return Map.of("choice", granted, "reason", reason, "periodKind", periodKind, "validTo", validTo,
                "duoRegisteredOn", duoRegisteredOn);
    }
}
