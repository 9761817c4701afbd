package nl.aanwezig.cases.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Function;
import nl.aanwezig.attendance.figures.CohortFigures;
import nl.aanwezig.attendance.figures.CohortFigures.Row;
import nl.aanwezig.attendance.figures.Period;
import nl.aanwezig.base.ui.DutchDates;
import nl.aanwezig.base.ui.MainLayout;
import nl.aanwezig.base.ui.Notifications;

/**
 * "Look at cohorts, not only the child": which classes, levels and weekdays carry the school's absence over a period,
 * with each cohort's share of all absence.
 */
@Route(value = "cohorten", layout = MainLayout.class)
@PageTitle("Cohorten – Aanwezig")
@Menu(title = "tier3ui.nav.cohorts", order = 4.1)
@RolesAllowed("OC")
public class CohortView extends VerticalLayout implements BeforeEnterObserver {

    final DatePicker from = DutchDates.picker(getTranslation("tier3ui.cohort.from"));
    final DatePicker to = DutchDates.picker(getTranslation("tier3ui.cohort.to"));
    final Button show = new Button(getTranslation("tier3ui.cohort.show"), e -> load());
    final Paragraph school = new Paragraph();
    final Grid<Row> classes = grid("tier3ui.cohort.class", r -> r.name() == null ? getTranslation("tier3ui.cohort.noClass") : r.name());
    final Grid<Row> levels = grid("tier3ui.cohort.level", r -> r.name() == null ? getTranslation("tier3ui.cohort.noLevel") : r.name());
    final Grid<Row> weekdays = grid("tier3ui.cohort.weekday", r -> getTranslation("tier3ui.weekday." + r.name()));
    private final transient CohortFigures cohorts;
    private Row whole = new Row(null, 0, 0, 0);
    private CohortFigures.Cohorts current;

    public CohortView(CohortFigures cohorts, Clock clock) {
        this.cohorts = cohorts;
        LocalDate today = LocalDate.now(clock);
        from.setValue(Period.schoolYear(Period.schoolYearOf(today)).from());
        to.setValue(today);
        HorizontalLayout period = new HorizontalLayout(from, to, show);
        period.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H2(getTranslation("tier3ui.cohort.title")), new Paragraph(getTranslation("tier3ui.cohort.intro")),
                period, school, new H3(getTranslation("tier3ui.cohort.classes")), classes,
                new H3(getTranslation("tier3ui.cohort.levels")), levels,
                new H3(getTranslation("tier3ui.cohort.weekdays")), weekdays);
    }

    private Grid<Row> grid(String nameKey, Function<Row, String> name) {
        Grid<Row> g = new Grid<>();
        g.addColumn(name::apply).setHeader(getTranslation(nameKey)).setFlexGrow(2);
        g.addColumn(r -> r.pupils() == null ? "" : r.pupils().toString()).setHeader(getTranslation("tier3ui.cohort.pupils"));
        g.addColumn(r -> Tier3Format.pct(current.pct(r))).setHeader(getTranslation("tier3ui.cohort.attendance"));
        g.addColumn(r -> nl.aanwezig.base.DutchNumbers.number(r.absentHours()))
                .setHeader(getTranslation("tier3ui.cohort.absentHours"));
        g.addColumn(r -> Tier3Format.pct(r.shareOf(whole))).setHeader(getTranslation("tier3ui.cohort.share"));
        g.setAllRowsVisible(true);
        g.setMaxWidth("60rem");
        return g;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        load();
    }

    void load() {
        if (from.isEmpty() || to.isEmpty() || to.getValue().isBefore(from.getValue())) {
            to.setErrorMessage(getTranslation("tier3ui.cohort.periodError"));
            to.setInvalid(true);
            Notifications.error(getTranslation("tier3ui.cohort.periodError"));
            return;
        }
        to.setInvalid(false);
        CohortFigures.Cohorts c = cohorts.ofMySchool(Period.custom(from.getValue(), to.getValue()));
        current = c;
        whole = c.school();
        school.setText(getTranslation("tier3ui.cohort.school", Tier3Format.pct(c.pct(whole)),
                whole.pupils() == null ? 0 : whole.pupils()));
        classes.setItems(c.classes());
        levels.setItems(c.levels());
        weekdays.setItems(c.weekdays());
    }
}
