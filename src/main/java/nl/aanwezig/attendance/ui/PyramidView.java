package nl.aanwezig.attendance.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.aanwezig.attendance.domain.Band;
import nl.aanwezig.attendance.figures.Pyramid;
import nl.aanwezig.attendance.figures.PyramidPupils;
import nl.aanwezig.attendance.figures.PyramidService;
import nl.aanwezig.attendance.figures.PyramidService.PeriodChoice;
import nl.aanwezig.attendance.figures.PyramidService.Report;
import nl.aanwezig.attendance.figures.PyramidService.Target;
import nl.aanwezig.base.Messages;
import nl.aanwezig.base.ui.EChart;
import nl.aanwezig.school.SchoolClass;

/**
 * The Piramide van Aanwezigheid: the share of pupils per band beside the healthy reference 80/15/5, with
 * the first month of the school year (the best predictor) next to it, and a drill-down by period, class
 * and level. Clicking a band or a class lists its pupils (by name only those whose dossier the user may open).
 */
@Route("piramide")
@PageTitle("Piramide – Aanwezig")
@Menu(title = "nav.pyramid", order = 4)
@RolesAllowed({"OC", "SWV", "LEERPLICHT", "DIRECTIE"})
@StyleSheet("context://aanwezig/figures.css")
public class PyramidView extends VerticalLayout {

    static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Messages.DUTCH);

    final ComboBox<Target> target = new ComboBox<>();
    final ComboBox<Integer> schoolYear = new ComboBox<>();
    final ComboBox<PeriodChoice> period = new ComboBox<>();
    final ComboBox<SchoolClass> schoolClass = new ComboBox<>();
    final ComboBox<Integer> level = new ComboBox<>();
    final EChart chart = new EChart();
    final Paragraph verdict = new Paragraph();
    final Paragraph periodText = new Paragraph();
    final PyramidTables tables;
    final PyramidPupilsPanel pupils;

    private final transient PyramidService pyramids;
    private final transient PyramidPupils pyramidPupils;

    public PyramidView(PyramidService pyramids, PyramidPupils pyramidPupils) {
        this.pyramids = pyramids;
        this.pyramidPupils = pyramidPupils;
        this.tables = new PyramidTables(this::getTranslation);
        this.pupils = new PyramidPupilsPanel(this::getTranslation);
        add(new H2(getTranslation("pyramid.title")), hint());
        List<Target> targets = pyramids.targets();
        if (targets.isEmpty()) {
            add(new Paragraph(getTranslation("pyramid.noSchools")));
            return;
        }
        configureSelectors(targets);
        chart.addClassName("figures-chart");
        periodText.addClassName("figures-hint");
        add(controls(), periodText, chart, verdict, tables.bands, tables.rowsTitle, tables.rows, pupils);
        tables.bands.addItemClickListener(e -> drillDown(query(), e.getItem().band(), null));
        tables.rows.addItemClickListener(e -> drillDown(rowQuery(e.getItem()), band(e.getColumn()), e.getItem().label()));
        refresh();
    }

    private Paragraph hint() {
        Paragraph p = new Paragraph(getTranslation("pyramid.hint"));
        p.addClassName("figures-hint");
        return p;
    }

    private void configureSelectors(List<Target> targets) {
        target.setLabel(getTranslation("pyramid.school"));
        target.setItems(targets);
        target.setItemLabelGenerator(Target::label);
        target.setWidth("22em");
        target.setValue(targets.getFirst());
        int current = pyramids.currentSchoolYear();
        schoolYear.setLabel(getTranslation("pyramid.schoolYear"));
        schoolYear.setItems(current, current - 1, current - 2);
        schoolYear.setItemLabelGenerator(y -> y + "/" + (y + 1));
        schoolYear.setValue(current);
        period.setLabel(getTranslation("pyramid.period"));
        period.setItemLabelGenerator(c -> PyramidTexts.periodLabel(this, c));
        schoolClass.setLabel(getTranslation("pyramid.class"));
        schoolClass.setItemLabelGenerator(SchoolClass::name);
        schoolClass.setClearButtonVisible(true);
        schoolClass.setPlaceholder(getTranslation("pyramid.all"));
        level.setLabel(getTranslation("pyramid.level"));
        level.setItemLabelGenerator(String::valueOf);
        level.setClearButtonVisible(true);
        level.setPlaceholder(getTranslation("pyramid.all"));
        fillPeriods();
        fillDrillDown();
        target.addValueChangeListener(e -> { fillDrillDown(); refresh(); });
        schoolYear.addValueChangeListener(e -> { fillPeriods(); refresh(); });
        period.addValueChangeListener(e -> refresh());
        schoolClass.addValueChangeListener(e -> { if (e.getValue() != null) { level.clear(); } refresh(); });
        level.addValueChangeListener(e -> { if (e.getValue() != null) { schoolClass.clear(); } refresh(); });
    }

    private HorizontalLayout controls() {
        HorizontalLayout row = new HorizontalLayout(target, schoolYear, period, schoolClass, level);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        return row;
    }

    private void fillPeriods() {
        int year = schoolYear.getValue() == null ? pyramids.currentSchoolYear() : schoolYear.getValue();
        List<PeriodChoice> choices = new ArrayList<>(List.of(PeriodChoice.SCHOOL_YEAR, PeriodChoice.FIRST_MONTH));
        for (int m = 0; m < 12; m++) {
            choices.add(PeriodChoice.month(YearMonth.of(year, 8).plusMonths(m)));
        }
        period.setItems(choices);
        period.setValue(PeriodChoice.SCHOOL_YEAR);
    }

    private void fillDrillDown() {
        Target t = target.getValue();
        boolean school = t != null && t.schoolId() != null;
        schoolClass.setItems(school ? pyramids.classes(t) : List.of());
        level.setItems(school ? pyramids.levels(t) : List.of());
        schoolClass.setEnabled(school);
        level.setEnabled(school);
    }

    private void refresh() {
        if (target.getValue() == null || schoolYear.getValue() == null || period.getValue() == null) {
            return;
        }
        Report r = pyramids.report(query());
        pupils.setVisible(false);
        periodText.setText(getTranslation("pyramid.periodText", DutchPeriod.format(r.period()),
                DutchPeriod.format(r.firstMonth())));
        Map<String, Pyramid> bars = new LinkedHashMap<>();
        if (period.getValue().kind() != PeriodChoice.Kind.FIRST_MONTH) {
            bars.put(getTranslation("pyramid.bar.firstMonth"), r.firstMonthPyramid());
        }
        bars.put(getTranslation("pyramid.bar.selection"), r.pyramid());
        chart.setOption(FigureCharts.pyramids(bars, getTranslation("pyramid.bar.reference"),
                b -> getTranslation("band." + b.name())));
        verdict.setText(PyramidTexts.verdict(this, r.pyramid()));
        verdict.setClassName("figures-verdict " + (r.pyramid().healthy() ? "healthy" : "unhealthy"));
        tables.show(r, target.getValue().schoolId() == null);
    }

    private PyramidService.Query query() {
        SchoolClass c = schoolClass.getValue();
        return new PyramidService.Query(target.getValue(), schoolYear.getValue(), period.getValue(),
                c == null ? null : c.id(), level.getValue());
    }

    /** A class row narrows the school to that class; a school row of a region opens that school. */
    private PyramidService.Query rowQuery(PyramidService.Row row) {
        Target t = target.getValue();
        if (t.schoolId() != null) {
            return new PyramidService.Query(t, schoolYear.getValue(), period.getValue(), row.groupId(), null);
        }
        Target school = pyramids.targets().stream().filter(x -> row.groupId().equals(x.schoolId())).findFirst()
                .orElse(t);
        return new PyramidService.Query(school, schoolYear.getValue(), period.getValue(), null, null);
    }

    /** The band of a clicked band column; any other column of a row lists all its pupils. */
    private static Band band(Grid.Column<?> column) {
        String key = column == null ? null : column.getKey();
        return key == null ? null : Band.valueOf(key);
    }

    /** Lists the pupils of a band (null: all) in the query's scope. */
    void drillDown(PyramidService.Query q, Band band, String group) {
        String bandName = band == null ? getTranslation("pyramid.all") : getTranslation("band." + band.name());
        String where = group == null ? q.target().label() : group;
        try {
            pupils.show(getTranslation("fix.pyramid.pupils.title", bandName, where), pyramidPupils.pupils(q, band));
        } catch (org.springframework.security.access.AccessDeniedException figuresOnly) {
            // the directie sees the school's figures, not which pupils they are
            nl.aanwezig.base.ui.Notifications.error(getTranslation("directie.pyramid.noPupils"));
        }
    }
}
