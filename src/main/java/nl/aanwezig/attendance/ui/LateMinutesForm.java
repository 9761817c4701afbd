package nl.aanwezig.attendance.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.function.LongSupplier;
import nl.aanwezig.attendance.importing.SchoolScheduleService;
import nl.aanwezig.base.Messages;
import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.base.ui.Notifications;

/** The minutes a late arrival counts when the export only says "te laat". */
class LateMinutesForm extends VerticalLayout {

    final IntegerField minutes = new IntegerField();
    final Button save = new Button();

    private final transient SchoolScheduleService schedules;
    private final LongSupplier schoolId;

    LateMinutesForm(SchoolScheduleService schedules, LongSupplier schoolId) {
        this.schedules = schedules;
        this.schoolId = schoolId;
        setPadding(false);
        minutes.setLabel(getTranslation("absroute.late.label"));
        minutes.setHelperText(getTranslation("absroute.late.help"));
        minutes.setMin(1);
        minutes.setMax(120);
        minutes.setStepButtonsVisible(true);
        save.setText(getTranslation("absroute.late.save"));
        save.addClickListener(e -> save());
        HorizontalLayout row = new HorizontalLayout(minutes, save);
        row.setAlignItems(Alignment.BASELINE);
        add(new H3(getTranslation("absroute.late.title")), row);
    }

    void load() {
        minutes.setValue(schedules.defaultMinutesLate(schoolId.getAsLong()));
        minutes.setInvalid(false);
    }

    void save() {
        Integer value = minutes.getValue();
        try {
            // an empty or unreadable field is out of range too: the service gives the one Dutch message
            schedules.setDefaultMinutesLate(schoolId.getAsLong(), value == null ? 0 : value);
            minutes.setInvalid(false);
            Notifications.success(getTranslation("absroute.late.saved", value));
        } catch (UserFacingException e) {
            minutes.setErrorMessage(e.messages().stream().map(Messages::text).reduce((a, b) -> a + " " + b).orElse(""));
            minutes.setInvalid(true);
        }
    }
}
