package nl.aanwezig.review.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.aanwezig.base.ui.DutchDates;
import nl.aanwezig.review.MinutesForm;
import nl.aanwezig.review.StaffChoice;

/** One new decision of the minutes: what, who, by when. */
class DecisionRow extends HorizontalLayout {

    final TextField description = new TextField(getTranslation("meeting.decision.description"));
    final ComboBox<StaffChoice> owner = new ComboBox<>(getTranslation("meeting.decision.owner"));
    final DatePicker dueOn = DutchDates.picker(getTranslation("meeting.decision.dueOn"));

    DecisionRow(List<StaffChoice> owners, LocalDate meetingDate) {
        description.setMaxLength(1000);
        description.setWidth("24em");
        owner.setItems(owners);
        owner.setItemLabelGenerator(StaffChoice::displayName);
        dueOn.setMin(meetingDate);
        setAlignItems(Alignment.BASELINE);
        add(description, owner, dueOn);
    }

    MinutesForm.DecisionForm read() {
        return new MinutesForm.DecisionForm(description.getValue(),
                owner.getValue() == null ? null : owner.getValue().username(), dueOn.getValue());
    }

    Map<String, com.vaadin.flow.component.HasValidation> fields() {
        return Map.of("description", description, "owner", owner, "dueOn", dueOn);
    }
}
