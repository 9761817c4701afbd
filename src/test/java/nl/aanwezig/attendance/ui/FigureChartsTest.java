package nl.aanwezig.attendance.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.aanwezig.attendance.domain.Band;
import nl.aanwezig.attendance.domain.BandCutoffs;
import nl.aanwezig.attendance.figures.FiguresService.WeekFigure;
import nl.aanwezig.attendance.figures.Pyramid;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The charts print numbers as the tables do: one decimal, decimal comma. */
class FigureChartsTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void pyramid_segments_are_labelled_as_the_table_writes_the_share() {
        // 199 of 200 green: 99,5%, as PyramidTables writes it
        Pyramid p = new Pyramid(Map.of(Band.GREEN, 199, Band.YELLOW, 1), 0);
        Map<String, Pyramid> bars = new LinkedHashMap<>();
        bars.put("Gekozen periode", p);
        String json = JSON.writeValueAsString(FigureCharts.pyramids(bars, "Gezonde school", Band::name));

        assertThat(json).contains("\"formatter\":\"" + PyramidTables.pct(p.share(Band.GREEN)) + "\"")
                .contains("99,5%").contains("0,5%").doesNotContain("{c}%").doesNotContain("99.5%");
    }

    @Test
    void the_weekly_line_labels_points_and_cut_offs_with_a_comma() {
        var weeks = List.of(new WeekFigure(LocalDate.of(2026, 11, 2), 45, new BigDecimal("97.5")));
        var cutoffs = new BandCutoffs("test", new BigDecimal("95"), new BigDecimal("90"), new BigDecimal("80"));
        String json = JSON.writeValueAsString(FigureCharts.weekly(weeks, cutoffs, "wk "));

        assertThat(json).contains("97,5%").contains("95,0%").contains("90,0%").contains("80,0%")
                .doesNotContain("{c}%");
    }

    @Test
    void the_weekly_line_turns_and_thins_its_week_labels_and_hides_overlapping_point_labels() {
        var weeks = List.of(new WeekFigure(LocalDate.of(2026, 11, 2), 45, new BigDecimal("97.5")),
                new WeekFigure(LocalDate.of(2026, 11, 9), 46, new BigDecimal("94.9")));
        String json = JSON.writeValueAsString(FigureCharts.weekly(weeks, BandCutoffs.DEFAULT, "wk "));

        assertThat(json).contains("\"rotate\":45").contains("\"hideOverlap\":true").contains("\"interval\":\"auto\"")
                .contains("\"labelLayout\":{\"hideOverlap\":true}").contains("94,9%");
    }
}
