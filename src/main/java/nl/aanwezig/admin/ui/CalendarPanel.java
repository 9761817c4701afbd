package nl.aanwezig.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.aanwezig.admin.CalendarAdmin;
import nl.aanwezig.base.Messages;
import nl.aanwezig.base.UserFacingException;
import nl.aanwezig.base.ui.DutchDates;
import nl.aanwezig.base.ui.Notifications;
import nl.aanwezig.school.SchoolCalendarPeriods.Kind;
import nl.aanwezig.school.SchoolCalendarPeriods.Period;

/**
 * The school's holidays and study days: periods are added to and removed from the list on screen, and the list
 * is saved as a whole ("Kalender opslaan"); a bad period saves nothing.
 */
class CalendarPanel extends VerticalLayout {

    final Grid<Period> grid = new Grid<>();
    final RadioButtonGroup<Kind> kind = new RadioButtonGroup<>();
    final TextField name = new TextField();
    final DatePicker from = DutchDates.picker(getTranslation("admin.calendar.from"));
    final DatePicker to = DutchDates.picker(getTranslation("admin.calendar.to"));
    final Button add = new Button();
    final Button save = new Button();
    final FieldErrors errors = new FieldErrors();

    private final transient CalendarAdmin calendars;
    private final List<Period> periods = new ArrayList<>();
    private String brin;

    CalendarPanel(CalendarAdmin calendars) {
        this.calendars = calendars;
        kind.setItems(Kind.values());
        kind.setItemLabelGenerator(k -> getTranslation("admin.calendar.kind." + k));
        kind.setValue(Kind.HOLIDAY);
        kind.addValueChangeListener(e -> to.setVisible(e.getValue() != Kind.STUDY_DAY));
        name.setLabel(getTranslation("admin.calendar.name"));
        add.setText(getTranslation("admin.calendar.add"));
        add.addClickListener(e -> addPeriod());
        save.setText(getTranslation("admin.calendar.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        grid.addColumn(p -> getTranslation("admin.calendar.kind." + p.kind())).setHeader(getTranslation("admin.calendar.kind"));
        grid.addColumn(Period::name).setHeader(getTranslation("admin.calendar.name"));
        grid.addColumn(p -> Messages.date(p.firstDay())).setHeader(getTranslation("admin.calendar.from"));
        grid.addColumn(p -> Messages.date(p.lastDay())).setHeader(getTranslation("admin.calendar.to"));
        grid.addComponentColumn(p -> {
            Button remove = new Button(getTranslation("admin.calendar.remove"), e -> removePeriod(p));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            return remove;
        });
        grid.setAllRowsVisible(true);
        errors.bind("calendar", name);
        HorizontalLayout form = new HorizontalLayout(kind, name, from, to, add);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        setPadding(false);
        add(new H3(getTranslation("admin.calendar.title")), grid, form, save);
    }

    void show(String schoolBrin) {
        this.brin = schoolBrin;
        periods.clear();
        periods.addAll(calendars.of(schoolBrin));
        grid.setItems(periods);
    }

    /** Adds a period to the list on screen; the dates are checked when the whole calendar is saved. */
    void addPeriod() {
        errors.clear();
        if (from.getValue() == null || (kind.getValue() == Kind.HOLIDAY && to.getValue() == null)) {
            from.setInvalid(from.getValue() == null);
            to.setInvalid(to.getValue() == null);
            Notifications.error(getTranslation("admin.calendar.datesFirst"));
            return;
        }
        periods.add(new Period(kind.getValue(), name.getValue(), from.getValue(),
                kind.getValue() == Kind.STUDY_DAY ? from.getValue() : to.getValue()));
        periods.sort(Comparator.comparing(Period::firstDay));
        grid.setItems(periods);
        name.clear();
        from.clear();
        to.clear();
    }

    void removePeriod(Period period) {
        periods.remove(period);
        grid.setItems(periods);
    }

    void save() {
        errors.clear();
        try {
            calendars.replace(brin, List.copyOf(periods));
            show(brin);
            Notifications.success(getTranslation("admin.calendar.saved"));
        } catch (UserFacingException e) {
            errors.show(e);
        }
    }
}
