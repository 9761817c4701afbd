package nl.aanwezig.attendance.importing.reading;

import static nl.aanwezig.attendance.importing.reading.ImportFiles.csv;
import static nl.aanwezig.attendance.importing.reading.ImportFiles.csvWithBom;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TabularReaderTest {

    private static List<TabularRow> readAll(InputStream in, ColumnMapping mapping) throws IOException {
        List<TabularRow> rows = new ArrayList<>();
        try (TabularReader reader = TabularReader.open(in, mapping)) {
            reader.forEachRemaining(rows::add);
        }
        return rows;
    }

    @Test
    void comma_separated_file_with_bom_is_read_by_canonical_column() throws IOException {
        List<TabularRow> rows = readAll(csvWithBom("school,leerling,klas\n12AB,100234,\"2B, havo\"\n"), ColumnMapping.canonical());

        assertThat(rows).containsExactly(new TabularRow(2, Map.of("school", "12AB", "leerling", "100234", "klas", "2B, havo")));
    }

    @Test
    void semicolon_wins_when_the_header_has_more_semicolons() throws IOException {
        List<TabularRow> rows = readAll(csv("school;leerling;klas\n12AB;1,5;2B\n"), ColumnMapping.canonical());
        assertThat(rows.getFirst().get("leerling")).isEqualTo("1,5");
    }

    @Test
    void header_names_are_mapped_ignoring_case_and_spaces_and_values_are_trimmed() throws IOException {
        ColumnMapping mapping = ColumnMapping.of(Map.of("leerling", "Leerlingnummer", "klas", "Stamgroep"));
        try (TabularReader reader = TabularReader.open(csv(" LEERLINGNUMMER ;stamgroep;Extra\n 7 ; 1A ;x\n"), mapping)) {
            assertThat(reader.columns()).containsExactlyInAnyOrder("leerling", "klas");
            assertThat(reader.missing(List.of("school", "leerling", "datum"))).containsExactly("school", "datum");
            TabularRow row = reader.next();
            assertThat(row.values()).isEqualTo(Map.of("leerling", "7", "klas", "1A"));
            assertThat(row.get("school")).isEmpty();
            assertThat(reader.hasNext()).isFalse();
        }
    }

    @Test
    void line_numbers_count_blank_lines_and_quoted_line_breaks() throws IOException {
        String text = "school;klas\n12AB;1A\n\n12AB;\"2B\nmet extra regel\"\n;\n12AB;3C";
        assertThat(readAll(csv(text), ColumnMapping.canonical())).extracting(TabularRow::line, r -> r.get("klas"))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2, "1A"),
                        org.assertj.core.groups.Tuple.tuple(4, "2B\nmet extra regel"),
                        org.assertj.core.groups.Tuple.tuple(7, "3C"));
    }

    @Test
    void a_short_row_gives_empty_values_for_the_missing_cells() throws IOException {
        assertThat(readAll(csv("school;klas;mentor\n12AB\n"), ColumnMapping.canonical()).getFirst().values())
                .isEqualTo(Map.of("school", "12AB", "klas", "", "mentor", ""));
    }

    @Test
    void an_empty_file_has_no_columns_and_no_rows() throws IOException {
        try (TabularReader reader = TabularReader.open(csv(""), ColumnMapping.canonical())) {
            assertThat(reader.columns()).isEmpty();
            assertThat(reader.hasNext()).isFalse();
        }
    }

    @Test
    void xlsx_is_detected_by_content_and_renders_dates_times_and_numbers_as_text() throws IOException {
        InputStream xlsx = ImportFiles.xlsx(List.of(
                List.of("leerling", "datum", "start", "eind", "minuten_te_laat"),
                List.of(100234, LocalDate.of(2026, 9, 7), 8.5 / 24, 9 / 24.0 + 20 / 1440.0, 10),
                List.of("100235", "2026-09-08", "10:30", "11:20", "")));

        assertThat(readAll(xlsx, ColumnMapping.canonical())).containsExactly(
                new TabularRow(2, Map.of("leerling", "100234", "datum", "2026-09-07", "start", "08:30", "eind", "09:20",
                        "minuten_te_laat", "10")),
                new TabularRow(3, Map.of("leerling", "100235", "datum", "2026-09-08", "start", "10:30", "eind", "11:20",
                        "minuten_te_laat", "")));
    }

    @Test
    void xlsx_time_fractions_are_rounded_to_the_nearest_minute() throws IOException {
        // 08:30 is 0.3541666...; a value stored with fewer digits lies just below it
        InputStream xlsx = ImportFiles.xlsx(List.of(List.of("start", "eind"), List.of(0.3541666, 0.3888889)));
        assertThat(readAll(xlsx, ColumnMapping.canonical()).getFirst().values())
                .isEqualTo(Map.of("start", "08:30", "eind", "09:20"));
    }
}
