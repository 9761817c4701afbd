package nl.aanwezig.attendance.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import nl.aanwezig.attendance.domain.Band;
import nl.aanwezig.attendance.figures.Pyramid;
import nl.aanwezig.attendance.figures.PyramidService.Report;
import nl.aanwezig.attendance.figures.PyramidService.Row;

/** The tables under the pyramid chart: one row per band, and one row per class (or school of the region). */
class PyramidTables {

    /** A band's line: how many pupils, what share, and what a healthy school has. */
    record BandRow(Band band, int pupils, BigDecimal share, BigDecimal firstMonthShare, String reference) {
    }

    final Grid<BandRow> bands = new Grid<>();
    final H3 rowsTitle = new H3();
    final Grid<Row> rows = new Grid<>();

    private final BiFunction<String, Object[], String> t;

    PyramidTables(BiFunction<String, Object[], String> translate) {
        this.t = translate;
        bands.addComponentColumn(r -> BandColours.badge(r.band(), tr("band." + r.band().name())))
                .setHeader(tr("pyramid.col.band"));
        bands.addColumn(BandRow::pupils).setHeader(tr("pyramid.col.pupils"));
        bands.addColumn(r -> pct(r.share())).setHeader(tr("pyramid.col.share"));
        bands.addColumn(BandRow::reference).setHeader(tr("pyramid.col.reference")).setAutoWidth(true).setFlexGrow(1);
        // the chart's other bar: the same figure in the table, so chart and table can be read side by side
        bands.addColumn(r -> pct(r.firstMonthShare())).setHeader(tr("pyramid.bar.firstMonth")).setAutoWidth(true);
        bands.setAllRowsVisible(true);
        bands.setMaxWidth("56rem");
        rows.addColumn(Row::label).setHeader(tr("pyramid.col.group")).setAutoWidth(true).setFlexGrow(2);
        rows.addColumn(r -> r.pyramid().pupils()).setHeader(tr("pyramid.col.pupils")).setAutoWidth(true);
        for (Band b : Band.values()) {
            rows.addColumn(r -> pct(r.pyramid().share(b))).setHeader(tr("band." + b.name())).setAutoWidth(true)
                    .setKey(b.name());
        }
        rows.addColumn(r -> tr(r.pyramid().healthy() ? "pyramid.col.healthy.yes" : "pyramid.col.healthy.no"))
                .setHeader(tr("pyramid.col.healthy"));
        rows.setAllRowsVisible(true);
    }

    void show(Report report, boolean region) {
        Pyramid p = report.pyramid();
        Pyramid first = report.firstMonthPyramid();
        List<BandRow> lines = Arrays.stream(Band.values())
                .map(b -> new BandRow(b, p.count(b), p.share(b), first.share(b), reference(b))).toList();
        bands.setItems(lines);
        rowsTitle.setText(tr(region ? "pyramid.perSchool" : "pyramid.perClass"));
        rows.setItems(report.rows());
    }

    private String reference(Band b) {
        return switch (b) {
            case GREEN -> tr("pyramid.ref.green");
            case YELLOW -> tr("pyramid.ref.yellow");
            case ORANGE, RED -> tr("pyramid.ref.orangeRed");
        };
    }

    static String pct(BigDecimal value) {
        return nl.aanwezig.base.DutchNumbers.pct(value);
    }

    private String tr(String key) {
        return t.apply(key, new Object[0]);
    }
}
