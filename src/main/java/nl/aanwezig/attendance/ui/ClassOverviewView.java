package nl.aanwezig.attendance.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.util.List;
import nl.aanwezig.attendance.figures.ClassOverviewService;
import nl.aanwezig.attendance.figures.ClassOverviewService.PupilRow;

/** The mentor's class: each own pupil's attendance this school year and lately, band, absence and lateness. */
@Route("mijn-klas")
@PageTitle("Mijn klas – Aanwezig")
@Menu(title = "nav.myClass", order = 2)
@RolesAllowed("MENTOR")
@StyleSheet("context://aanwezig/figures.css")
public class ClassOverviewView extends VerticalLayout {

    final Grid<PupilRow> grid = new Grid<>();

    public ClassOverviewView(ClassOverviewService overview) {
        add(new H2(getTranslation("myClass.title")));
        Paragraph hint = new Paragraph(getTranslation("myClass.hint"));
        hint.addClassName("figures-hint");
        add(hint);
        List<PupilRow> rows = overview.myPupils();
        if (rows.isEmpty()) {
            add(new Paragraph(getTranslation("myClass.empty")));
        }
        grid.addColumn(PupilRow::name).setHeader(getTranslation("myClass.col.pupil")).setFlexGrow(2).setSortable(true);
        grid.addColumn(PupilRow::className).setHeader(getTranslation("myClass.col.class")).setSortable(true);
        grid.addColumn(r -> PyramidTables.pct(r.yearPct())).setHeader(getTranslation("myClass.col.year"))
                .setComparator((a, b) -> compare(a.yearPct(), b.yearPct()));
        grid.addColumn(r -> PyramidTables.pct(r.recentPct())).setHeader(getTranslation("myClass.col.recent"))
                .setComparator((a, b) -> compare(a.recentPct(), b.recentPct()));
        grid.addComponentColumn(r -> BandColours.badge(r.band(),
                r.band() == null ? "–" : getTranslation("band." + r.band().name()))).setHeader(getTranslation("myClass.col.band"));
        grid.addColumn(r -> nl.aanwezig.base.DutchNumbers.number(r.unauthorisedHours()))
                .setHeader(getTranslation("myClass.col.unauthorised"));
        grid.addColumn(PupilRow::lateCount).setHeader(getTranslation("myClass.col.late"));
        grid.addColumn(PupilRow::sickReports).setHeader(getTranslation("myClass.col.sick"));
        grid.getColumns().forEach(c -> c.setAutoWidth(true));
        grid.setAllRowsVisible(true);
        grid.setItems(rows);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("leerling/" + e.getItem().pupilId())));
        add(grid);
    }

    private static int compare(BigDecimal a, BigDecimal b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        return a.compareTo(b);
    }
}
