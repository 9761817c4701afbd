package nl.aanwezig.attendance.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.aanwezig.attendance.domain.Band;
import nl.aanwezig.attendance.domain.BandCutoffs;
import nl.aanwezig.attendance.figures.FiguresService.WeekFigure;
import nl.aanwezig.attendance.figures.Pyramid;
import org.springframework.modulith.NamedInterface;

/**
 * ECharts options (as maps, serialised by EChart) for the attendance dashboards. Labels come in translated, and every
 * number the chart prints is written here the Dutch way as the tables write it (one decimal, comma: "99,2%"):
 * ECharts' own "{c}%" would print the JavaScript number ("99.2%").
 */
@NamedInterface("charts")
public final class FigureCharts {

    private FigureCharts() {
    }

    /**
     * One stacked 100% bar per group: the healthy reference (80 / 15 / 5, orange and red together), then
     * the given pyramids, bottom to top in the order given.
     */
    public static Map<String, Object> pyramids(Map<String, Pyramid> bars, String referenceLabel,
                                               Function<Band, String> bandName) {
        List<String> categories = new ArrayList<>(List.of(referenceLabel));
        categories.addAll(bars.keySet());
        List<Object> series = new ArrayList<>();
        for (Band band : Band.values()) {
            List<Object> data = new ArrayList<>();
            data.add(segment(reference(band)));
            bars.values().forEach(p -> data.add(segment(p.pupils() == 0 ? BigDecimal.ZERO : p.share(band))));
            series.add(Map.of("name", bandName.apply(band), "type", "bar", "stack", "share", "data", data,
                    "itemStyle", Map.of("color", BandColours.hex(band)),
                    "label", Map.of("show", true, "color", "#1a1a1a")));
        }
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("animation", false);
        // per item, so each segment's tooltip carries its own Dutch text
        option.put("tooltip", Map.of("trigger", "item"));
        option.put("legend", Map.of("top", 0));
        option.put("grid", Map.of("left", 10, "right", 30, "top", 40, "bottom", 30, "containLabel", true));
        option.put("xAxis", Map.of("type", "value", "max", 100, "axisLabel", Map.of("formatter", "{value}%")));
        option.put("yAxis", Map.of("type", "category", "data", categories));
        option.put("series", series);
        return option;
    }

    /** A bar segment; an empty one gets no label, which would otherwise print "0%" over its neighbour. */
    private static Object segment(BigDecimal share) {
        return share.signum() == 0 ? Map.of("value", 0, "label", Map.of("show", false)) : point(share);
    }

    /** A value with its label and tooltip already written as the tables write it. */
    private static Map<String, Object> point(BigDecimal value) {
        String text = dutch(value);
        return Map.of("value", value, "label", Map.of("formatter", text),
                "tooltip", Map.of("formatter", "{a}<br/>{b}: " + text));
    }

    /** "99,2%": as every screen writes a percentage ({@link nl.aanwezig.base.DutchNumbers#pct}). */
    static String dutch(BigDecimal value) {
        return nl.aanwezig.base.DutchNumbers.pct(value);
    }

    private static BigDecimal reference(Band band) {
        return switch (band) {
            case GREEN -> Pyramid.HEALTHY_GREEN;
            case YELLOW -> Pyramid.HEALTHY_YELLOW;
            case ORANGE -> Pyramid.HEALTHY_ORANGE_RED; // the reference caps orange and red together
            case RED -> BigDecimal.ZERO;
        };
    }

    private static Map<String, Object> mark(BigDecimal cutoff, Band band) {
        return Map.of("yAxis", cutoff, "label", Map.of("formatter", dutch(cutoff)),
                "lineStyle", Map.of("color", BandColours.hex(band)));
    }

    /** Attendance per ISO week as a line, with the band cut-offs as dashed lines. */
    public static Map<String, Object> weekly(List<WeekFigure> weeks, BandCutoffs cutoffs, String weekPrefix) {
        List<Object> marks = new ArrayList<>();
        marks.add(mark(cutoffs.green(), Band.GREEN));
        marks.add(mark(cutoffs.yellow(), Band.YELLOW));
        if (cutoffs.orange().compareTo(cutoffs.yellow()) < 0) {
            marks.add(mark(cutoffs.orange(), Band.ORANGE));
        }
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("type", "line");
        line.put("data", weeks.stream().map(w -> w.attendancePct() == null ? "-" : (Object) point(w.attendancePct())).toList());
        line.put("label", Map.of("show", true));
        // a label that would overlap another is left out (its value stays in the tooltip)
        line.put("labelLayout", Map.of("hideOverlap", true));
        line.put("markLine", Map.of("symbol", "none", "silent", true,
                "lineStyle", Map.of("type", "dashed"), "data", marks));
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("animation", false);
        option.put("tooltip", Map.of("trigger", "item"));
        option.put("grid", Map.of("left", 10, "right", 50, "top", 30, "bottom", 20, "containLabel", true));
        // week labels turned and thinned where they would overlap (a school year has 40 weeks)
        option.put("xAxis", Map.of("type", "category", "data", weeks.stream().map(w -> weekPrefix + w.isoWeek()).toList(),
                "axisLabel", Map.of("rotate", 45, "hideOverlap", true, "interval", "auto")));
        option.put("yAxis", Map.of("type", "value", "min", 0, "max", 100, "axisLabel", Map.of("formatter", "{value}%")));
        option.put("series", List.of(line));
        return option;
    }
}
