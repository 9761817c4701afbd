package nl.aanwezig.legal.deviation.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import nl.aanwezig.base.ui.DutchDates;
import nl.aanwezig.legal.deviation.Checklist;
import nl.aanwezig.legal.deviation.Checklist.ExpertKind;

/** The Inspectie's checklist: the OPP's three parts, the handelingsdeel, parents' consent, the expert statement. */
class ChecklistFields extends FormLayout {

    final TextArea programme = area("deviation.field.programme");
    final TextArea supportAway = area("deviation.field.supportAway");
    final TextArea growBack = area("deviation.field.growBack");
    final DatePicker handelingsdeel = DutchDates.picker(getTranslation("deviation.field.handelingsdeel"));
    final Checkbox consent = new Checkbox(getTranslation("deviation.field.consent"));
    final Select<ExpertKind> expert = new Select<>();
    final DatePicker expertDate = DutchDates.picker(getTranslation("deviation.field.expertDate"));

    ChecklistFields() {
        expert.setLabel(getTranslation("deviation.field.expert"));
        expert.setItems(ExpertKind.values());
        expert.setItemLabelGenerator(k -> getTranslation(k == null ? "deviation.expert.none" : "deviation.expert." + k));
        expert.setEmptySelectionAllowed(true);
        add(programme, supportAway, growBack, handelingsdeel, consent, expert, expertDate);
        setColspan(programme, 2);
        setColspan(supportAway, 2);
        setColspan(growBack, 2);
    }

    private TextArea area(String key) {
        TextArea a = new TextArea(getTranslation(key));
        a.setMaxLength(Checklist.MAX_TEXT);
        a.setMinHeight("5em");
        a.setWidthFull();
        return a;
    }

    Checklist read() {
        return new Checklist(programme.getValue(), supportAway.getValue(), growBack.getValue(), handelingsdeel.getValue(),
                consent.getValue(), expert.getValue(), expertDate.getValue());
    }

    void fill(Checklist c) {
        programme.setValue(c.programmeAtSchool() == null ? "" : c.programmeAtSchool());
        supportAway.setValue(c.supportAway() == null ? "" : c.supportAway());
        growBack.setValue(c.growBackPlan() == null ? "" : c.growBackPlan());
        handelingsdeel.setValue(c.handelingsdeelSigned());
        consent.setValue(c.parentsConsent());
        expert.setValue(c.expertKind());
        expertDate.setValue(c.expertStatementOn());
    }

    void readOnly(boolean readOnly) {
        programme.setReadOnly(readOnly);
        supportAway.setReadOnly(readOnly);
        growBack.setReadOnly(readOnly);
        handelingsdeel.setReadOnly(readOnly);
        consent.setReadOnly(readOnly);
        expert.setReadOnly(readOnly);
        expertDate.setReadOnly(readOnly);
    }

    /** The fields the checklist's messages concern, by message key. */
    Map<String, HasValidation> byMessage() {
        return Map.of("deviation.missing.programme", programme, "deviation.missing.supportAway", supportAway,
                "deviation.missing.growBack", growBack, "deviation.missing.handelingsdeel", handelingsdeel,
                "deviation.missing.consent", consent, "deviation.missing.expert", expertDate,
                "deviation.error.futureHandelingsdeel", handelingsdeel, "deviation.error.futureExpert", expertDate,
                "deviation.error.tooLong", programme);
    }
}
