package nl.aanwezig.legal.deviation.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.DayOfWeek;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.aanwezig.attendance.domain.ApprovedTimetable.TimeWindow;
import nl.aanwezig.base.ui.DutchDates;
import nl.aanwezig.legal.deviation.DeviationForm;
import nl.aanwezig.legal.deviation.Windows;

/** The request's hours per week, period and approved windows (typed per weekday as "08:30-12:00, 13:00-14:30"). */
class TimetableFields extends FormLayout {

    static final List<DayOfWeek> SCHOOL_DAYS = List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);

    final BigDecimalField hours = new BigDecimalField(getTranslation("deviation.field.hours"));
    final DatePicker validFrom = DutchDates.picker(getTranslation("deviation.field.validFrom"));
    final DatePicker validTo = DutchDates.picker(getTranslation("deviation.field.validTo"));
    final Map<DayOfWeek, TextField> days = new EnumMap<>(DayOfWeek.class);

    TimetableFields() {
        hours.setRequiredIndicatorVisible(true);
        validFrom.setRequired(true);
        validTo.setRequired(true);
        add(hours, validFrom, validTo);
        for (DayOfWeek day : SCHOOL_DAYS) {
            TextField field = new TextField(Windows.dayName(day));
            field.setPlaceholder("08:30-12:00");
            field.setHelperText(getTranslation("deviation.field.windowsHelp"));
            days.put(day, field);
            add(field);
        }
    }

    /** The form as typed; a window that cannot be read is refused with the day it is on. */
    DeviationForm read() {
        Map<DayOfWeek, List<TimeWindow>> week = new EnumMap<>(DayOfWeek.class);
        days.forEach((day, field) -> {
            field.setInvalid(false);
            week.put(day, Windows.parseDay(day, field.getValue()));
        });
        return new DeviationForm(hours.getValue(), validFrom.getValue(), validTo.getValue(), week);
    }

    void fill(DeviationForm form) {
        hours.setValue(form.hoursPerWeek());
        validFrom.setValue(form.validFrom());
        validTo.setValue(form.validTo());
        days.forEach((day, field) -> field.setValue(Windows.formatDay(form.windows().getOrDefault(day, List.of()))));
    }

    void readOnly(boolean readOnly) {
        hours.setReadOnly(readOnly);
        validFrom.setReadOnly(readOnly);
        validTo.setReadOnly(readOnly);
        days.values().forEach(f -> f.setReadOnly(readOnly));
    }

    /** The fields the form's messages concern, by message key. */
    Map<String, HasValidation> byMessage() {
        TextField monday = days.get(DayOfWeek.MONDAY);
        return Map.of("deviation.error.hours", hours, "deviation.error.periodRequired", validFrom,
                "deviation.error.periodOrder", validTo, "deviation.error.schoolYear", validTo,
                "deviation.error.windowsRequired", monday, "deviation.error.windowsOverlap", monday,
                "deviation.error.hoursMismatch", hours);
    }

    /** A window that could not be read is marked on its own day (the message names the day). */
    void markWindow(List<nl.aanwezig.base.UserFacingException.Message> messages) {
        for (var m : messages) {
            if (m.key().equals("deviation.error.window")) {
                days.forEach((day, field) -> {
                    if (Windows.dayName(day).equals(m.args()[0])) {
                        field.setErrorMessage(nl.aanwezig.base.Messages.text(m));
                        field.setInvalid(true);
                    }
                });
            }
        }
    }
}
