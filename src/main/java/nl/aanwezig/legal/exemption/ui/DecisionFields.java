package nl.aanwezig.legal.exemption.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import nl.aanwezig.legal.exemption.Decision;
import nl.aanwezig.legal.exemption.PeriodKind;

/** Leerplicht's outcome: granted or not, the period, and the DUO register date. */
class DecisionFields extends FormLayout {

    final Checkbox granted = new Checkbox(getTranslation("exemption.decision.granted"));
    final Select<PeriodKind> periodKind = new Select<>();
    final DatePicker validFrom = new DatePicker(getTranslation("exemption.decision.validFrom"));
    final DatePicker validTo = new DatePicker(getTranslation("exemption.decision.validTo"));
    final DatePicker duoRegisteredOn = new DatePicker(getTranslation("exemption.decision.duoRegisteredOn"));

    DecisionFields() {
        periodKind.setLabel(getTranslation("exemption.decision.periodKind"));
        periodKind.setItems(PeriodKind.values());
        periodKind.setItemLabelGenerator(k -> getTranslation("exemption.period." + k));
        granted.addValueChangeListener(e -> periodFieldsVisible(e.getValue()));
        periodFieldsVisible(false);
        add(granted, periodKind, validFrom, validTo, duoRegisteredOn);
    }

    private void periodFieldsVisible(boolean visible) {
        periodKind.setVisible(visible);
        validFrom.setVisible(visible);
        validTo.setVisible(visible);
    }

    Decision value() {
        return new Decision(granted.getValue(), periodKind.getValue(), validFrom.getValue(), validTo.getValue(),
                duoRegisteredOn.getValue());
    }
}
