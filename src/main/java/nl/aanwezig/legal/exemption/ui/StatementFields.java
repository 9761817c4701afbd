package nl.aanwezig.legal.exemption.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.aanwezig.legal.exemption.Statement;

/** The non-medical part of the doctor's statement, as leerplicht (brought by the parents) or the jeugdarts fills it. */
class StatementFields extends FormLayout {

    final TextField doctorName = new TextField(getTranslation("exemption.statement.doctorName"));
    final Checkbox designated = new Checkbox(getTranslation("exemption.statement.designated"));
    final Checkbox ownDoctor = new Checkbox(getTranslation("exemption.statement.ownDoctor"));
    final DatePicker statementDate = new DatePicker(getTranslation("exemption.statement.statementDate"));
    final TextArea educationPossible = new TextArea(getTranslation("exemption.statement.educationPossible"));
    final Checkbox neverAble = new Checkbox(getTranslation("exemption.statement.neverAble"));

    StatementFields() {
        doctorName.setRequired(true);
        statementDate.setRequired(true);
        educationPossible.setRequired(true);
        educationPossible.setMaxLength(4000);
        add(doctorName, statementDate, designated, ownDoctor, educationPossible, neverAble);
        setColspan(educationPossible, 2);
    }

    Statement value() {
        return new Statement(doctorName.getValue(), designated.getValue(), ownDoctor.getValue(),
                statementDate.getValue(), educationPossible.getValue(), neverAble.getValue());
    }

    /** Keyed by the field part of the messages' keys. */
    Map<String, HasValidation> byName() {
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("doctorName", doctorName);
        fields.put("statementDate", statementDate);
        fields.put("educationPossible", educationPossible);
        fields.put("designated", designated);
        fields.put("ownDoctor", ownDoctor);
        return fields;
    }
}
