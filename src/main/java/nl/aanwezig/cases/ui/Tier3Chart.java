package nl.aanwezig.cases.ui;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.aanwezig.attendance.figures.FiguresService;
import nl.aanwezig.attendance.ui.FigureCharts;

/**
 * The weekly attendance line of {@link FigureCharts#weekly} with the plan's start and each evaluation marked as
 * vertical lines, and the goals' targets as horizontal ones: the trend since the plan started, beside the target.
 */
final class Tier3Chart {

    private static final String MARK_COLOUR = "#37474f";
    private static final String TARGET_COLOUR = "#1565c0";

    private Tier3Chart() {
    }

    /** Labels: the week prefix ("wk "), the start's and an evaluation's label, and the target's ("doel"). */
    record Labels(String weekPrefix, String start, String evaluation, String target) {
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> weekly(FiguresService.Trend trend, LocalDate planStart, List<LocalDate> evaluations,
                                      List<BigDecimal> targets, Labels labels) {
        Map<String, Object> option = new LinkedHashMap<>(FigureCharts.weekly(trend.weeks(), trend.cutoffs(),
                labels.weekPrefix()));
        Map<String, Object> line = new LinkedHashMap<>(((List<Map<String, Object>>) option.get("series")).getFirst());
        Map<String, Object> markLine = new LinkedHashMap<>((Map<String, Object>) line.get("markLine"));
        List<Object> data = new ArrayList<>((List<Object>) markLine.get("data"));
        if (planStart != null) {
            vertical(trend, planStart, labels.start(), labels.weekPrefix()).ifPresent(data::add);
        }
        for (LocalDate held : evaluations) {
            vertical(trend, held, labels.evaluation(), labels.weekPrefix()).ifPresent(data::add);
        }
        targets.stream().distinct().forEach(t -> data.add(Map.of("yAxis", t, "lineStyle",
                Map.of("color", TARGET_COLOUR, "type", "dotted"), "label", Map.of("formatter", labels.target() + " {c}%"))));
        markLine.put("data", data);
        line.put("markLine", markLine);
        option.put("series", List.of(line));
        return option;
    }

    /** A vertical mark on the week of the date, if that week has lessons (the line has no category for it otherwise). */
    private static java.util.Optional<Object> vertical(FiguresService.Trend trend, LocalDate date, String label,
                                                       String prefix) {
        LocalDate monday = date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return trend.weeks().stream().filter(w -> w.monday().equals(monday)).findFirst()
                // the label along the line, inside at its top: beside the cut-offs' labels at the right, not over them
                .map(w -> Map.of("xAxis", prefix + w.isoWeek(), "label", Map.of("formatter", label, "position", "insideEndTop"),
                        "lineStyle", Map.of("color", MARK_COLOUR, "type", "solid")));
    }
}
