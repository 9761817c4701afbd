package nl.aanwezig.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.util.List;

/** Date pickers that speak Dutch and show dates the Dutch way (22-11-2026). */
public final class DutchDates {

    private DutchDates() {
    }

    public static DatePicker picker(String label) {
        DatePicker picker = new DatePicker(label);
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setMonthNames(List.of("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
                "september", "oktober", "november", "december"));
        i18n.setWeekdays(List.of("zondag", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag"));
        i18n.setWeekdaysShort(List.of("zo", "ma", "di", "wo", "do", "vr", "za"));
        i18n.setFirstDayOfWeek(1);
        i18n.setToday("Vandaag");
        i18n.setCancel("Annuleren");
        i18n.setDateFormat("d-M-yyyy");
        picker.setI18n(i18n);
        return picker;
    }
}
