package nl.aanwezig.attendance.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.function.BiFunction;
import nl.aanwezig.attendance.figures.PyramidPupils.Line;
import nl.aanwezig.attendance.figures.PyramidPupils.Listing;

/** The pupils behind a clicked cell of the pyramid's tables; a click on a pupil opens the dossier. */
class PyramidPupilsPanel extends VerticalLayout {

    final H3 title = new H3();
    final Grid<Line> grid = new Grid<>();
    final Paragraph hidden = new Paragraph();

    private final BiFunction<String, Object[], String> t;

    PyramidPupilsPanel(BiFunction<String, Object[], String> translate) {
        this.t = translate;
        setPadding(false);
        addClassName("pyramid-pupils");
        grid.addColumn(Line::name).setHeader(tr("myClass.col.pupil")).setAutoWidth(true).setFlexGrow(2);
        grid.addColumn(Line::leerling).setHeader(tr("pupil.number")).setAutoWidth(true);
        grid.addColumn(Line::className).setHeader(tr("myClass.col.class")).setAutoWidth(true);
        grid.addColumn(l -> PyramidTables.pct(l.attendancePct())).setHeader(tr("fix.pyramid.pupils.attendance"))
                .setAutoWidth(true);
        grid.addComponentColumn(l -> BandColours.badge(l.band(), l.band() == null ? "–" : tr("band." + l.band().name())))
                .setHeader(tr("pyramid.col.band")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        // the route of the pupil page (cases module), by path: attendance does not depend on cases
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("leerling/" + e.getItem().pupilId())));
        add(title, grid, hidden);
        setVisible(false);
    }

    void show(String heading, Listing listing) {
        title.setText(heading);
        grid.setItems(listing.pupils());
        grid.setVisible(!listing.pupils().isEmpty());
        String none = listing.pupils().isEmpty() && listing.hidden() == 0 ? tr("fix.pyramid.pupils.none") : "";
        hidden.setText(listing.hidden() > 0 ? t.apply("fix.pyramid.pupils.hidden", new Object[] {listing.hidden()}) : none);
        setVisible(true);
    }

    private String tr(String key) {
        return t.apply(key, new Object[0]);
    }
}
