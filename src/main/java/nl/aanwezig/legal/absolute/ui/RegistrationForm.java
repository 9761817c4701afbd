package nl.aanwezig.legal.absolute.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.base.ui.DutchDates;
import nl.aanwezig.base.ui.FieldMarks;
import nl.aanwezig.legal.absolute.Municipality;
import nl.aanwezig.legal.absolute.Registration;

/** The fields leerplicht fills in to register a child without a school; the rules' refusals show on their field. */
class RegistrationForm extends VerticalLayout {

    final TextField firstName = new TextField(getTranslation("absolute.form.firstName"));
    final TextField lastName = new TextField(getTranslation("absolute.form.lastName"));
    final DatePicker birthDate = DutchDates.picker(getTranslation("absolute.form.birthDate"));
    final ComboBox<Municipality> municipality = new ComboBox<>(getTranslation("absolute.form.municipality"));
    final DatePicker since = DutchDates.picker(getTranslation("absolute.form.since"));
    final TextArea action = new TextArea(getTranslation("absolute.form.action"));
    final Button save = new Button(getTranslation("absolute.form.save"));

    RegistrationForm() {
        setPadding(false);
        municipality.setItemLabelGenerator(Municipality::name);
        municipality.setClearButtonVisible(true);
        action.setMaxLength(2000);
        action.setWidthFull();
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout fields = new FormLayout(firstName, lastName, birthDate, municipality, since);
        add(new H3(getTranslation("absolute.form.title")), fields, action, save);
    }

    void offer(List<Municipality> municipalities) {
        municipality.setItems(municipalities);
    }

    Registration value() {
        Municipality m = municipality.getValue();
        return new Registration(firstName.getValue(), lastName.getValue(), birthDate.getValue(),
                m == null ? null : m.id(), since.getValue(), action.getValue());
    }

    void mark(UserFacingException e) {
        FieldMarks.mark(Map.<String, HasValidation>of("firstName", firstName, "lastName", lastName, "birthDate", birthDate,
                "since", since, "action", action), e.messages());
    }

    void clear() {
        firstName.clear();
        lastName.clear();
        birthDate.clear();
        municipality.clear();
        since.clear();
        action.clear();
        mark(new UserFacingException(List.of()));
    }
}
