package nl.aanwezig.chainreview.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.util.Map;
import java.util.function.BiFunction;
import nl.aanwezig.attendance.domain.Band;
import nl.aanwezig.attendance.figures.Pyramid;
import nl.aanwezig.chainreview.figures.RegionReport.SchoolPyramid;

/**
 * One school's Piramide van Aanwezigheid as a small card, drawn with plain bars (red at the top, green at the base),
 * each as wide as its share; cards of a region stand side by side at the same scale.
 */
class RegionPyramidCard extends Div {

    static final Map<Band, String> COLOURS = Map.of(Band.GREEN, "#2e7d32", Band.YELLOW, "#f9a825",
            Band.ORANGE, "#ef6c00", Band.RED, "#c62828");
    private static final Band[] TOP_DOWN = {Band.RED, Band.ORANGE, Band.YELLOW, Band.GREEN};

    RegionPyramidCard(SchoolPyramid school, BiFunction<String, Object[], String> t) {
        addClassName("region-pyramid");
        getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("width", "17rem");
        add(new H4(school.school() + " (" + school.sector() + ")"));
        Pyramid p = school.pyramid();
        if (p.pupils() == 0) {
            add(new Span(t.apply("chainreview.figures.pyramid.empty", new Object[0])));
            return;
        }
        for (Band b : TOP_DOWN) {
            add(bar(b, p, t));
        }
        Span verdict = new Span(t.apply(p.healthy() ? "chainreview.figures.pyramid.healthy"
                : "chainreview.figures.pyramid.unhealthy", new Object[] {p.pupils()}));
        verdict.getStyle().set("font-size", "var(--lumo-font-size-s)");
        add(verdict);
    }

    private static Div bar(Band band, Pyramid p, BiFunction<String, Object[], String> t) {
        BigDecimal share = p.share(band);
        Div fill = new Div();
        fill.getStyle().set("background", COLOURS.get(band)).set("height", "1.1rem")
                .set("width", share.max(BigDecimal.ONE).toPlainString() + "%").set("margin", "0 auto");
        Span label = new Span(t.apply("band." + band.name(), new Object[0]) + " " + pct(share) + " (" + p.count(band)
                + ")");
        label.getStyle().set("font-size", "var(--lumo-font-size-xs)");
        Div row = new Div(fill, label);
        row.addClassName("region-pyramid-" + band.name().toLowerCase());
        row.getStyle().set("text-align", "center").set("margin-bottom", "2px");
        return row;
    }

    static String pct(BigDecimal value) {
        return nl.aanwezig.base.DutchNumbers.pct(value);
    }
}
