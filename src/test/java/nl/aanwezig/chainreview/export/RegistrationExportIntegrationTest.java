package nl.aanwezig.chainreview.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.aanwezig.chainreview.ChainReviewMeeting;
import nl.aanwezig.chainreview.Preparation;
import nl.aanwezig.chainreview.ReviewActions;
import nl.aanwezig.chainreview.Thuiszitters;
import nl.aanwezig.support.AsUser;
import nl.aanwezig.support.IntegrationTest;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** The thuiszitters registration as XLSX and CSV: the registration's rows, in the columns of RegistrationColumns. */
@IntegrationTest
class RegistrationExportIntegrationTest {

    static final String TAG = "rxp";
    static ReviewFixture.Built built;

    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;
    @Autowired Preparation preparation;
    @Autowired ChainReviewMeeting meeting;
    @Autowired ReviewActions actions;
    @Autowired Thuiszitters thuiszitters;
    @Autowired RegistrationExport export;

    @BeforeEach
    void setUp() {
        if (built == null) {
            built = ReviewFixture.build(jdbc, clock, preparation, meeting, actions, TAG, "2081-Q1");
        }
    }

    @Test
    void the_xlsx_has_the_registrations_rows_in_the_columns_of_registration_columns() throws IOException {
        List<Thuiszitters.Row> expected = AsUser.call("k-swv", "SWV", () -> thuiszitters.registration(built.regionId()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AsUser.run("k-swv", "SWV", () -> export.xlsx(built.regionId(), out));
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            List<Row> rows = wb.getFirstSheet().read();
            assertThat(rows.getFirst().stream().map(Cell::getText).toList()).isEqualTo(headers());
            List<List<Object>> read = new ArrayList<>();
            for (Row row : rows.subList(1, rows.size())) {
                read.add(xlsxRow(row, expected.get(read.size())));
            }
            assertThat(read).isEqualTo(expected.stream().map(RegistrationExportIntegrationTest::values).toList());
            Sheet legend = wb.getSheets().toList().get(1);
            assertThat(legend.read().stream().flatMap(Row::stream).filter(c -> c != null).map(Cell::getText).toList())
                    .contains("2B", "Langdurig relatief verzuim, langer dan 3 maanden", "Vrijstelling art. 5 onder a",
                            "nog thuis", "volledig terug op school", "18 jaar/startkwalificatie");
        }
    }

    @Test
    void the_csv_has_the_registrations_rows_in_the_columns_of_registration_columns() throws IOException {
        List<Thuiszitters.Row> expected = AsUser.call("k-swv", "SWV", () -> thuiszitters.registration(built.regionId()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AsUser.run("k-swv", "SWV", () -> export.csv(built.regionId(), out));
        String csv = out.toString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith("# Categorie").contains("# 2A: Langdurig relatief verzuim, 4 weken tot 3 maanden");
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setCommentMarker('#').get();
        List<CSVRecord> records = CSVParser.parse(new StringReader(csv), format).getRecords();
        assertThat(records.getFirst().toList()).isEqualTo(headers());
        List<List<String>> read = records.subList(1, records.size()).stream().map(CSVRecord::toList).toList();
        assertThat(read).isEqualTo(expected.stream().map(r -> values(r).stream()
                .map(v -> v == null ? "" : v.toString()).toList()).toList());
    }

    @Test
    void the_lrv_pupil_is_a_2b_thuiszitter_still_at_home_under_the_pseudonym_and_no_name_is_in_either_file()
            throws IOException {
        ReviewFixture.Pupil lrv = built.pupil("-l");
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        AsUser.run("k-leerplicht", "LEERPLICHT", () -> {
            export.xlsx(built.regionId(), xlsx);
            export.csv(built.regionId(), csv);
        });
        String text = csv.toString(StandardCharsets.UTF_8);
        assertThat(text).contains(lrv.pseudonym() + ";2B;Ketenschool VO;VO;")
                .contains(";nog thuis;;;" + "2081-Q1" + ";");
        String cells;
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
            cells = String.join("|", wb.getFirstSheet().read().stream().flatMap(Row::stream)
                    .map(c -> c == null ? "" : c.getText()).toList());
        }
        assertThat(cells).contains(lrv.pseudonym() + "|2B|Ketenschool VO|VO|");
        for (ReviewFixture.Pupil p : built.pupils().values()) {
            assertThat(text).doesNotContain(p.firstName()).doesNotContain(p.lastName());
            assertThat(cells).doesNotContain(p.firstName()).doesNotContain(p.lastName());
        }
    }

    @Test
    void the_swv_of_another_region_is_refused_the_export() {
        assertThatThrownBy(() -> AsUser.run("k-swv-ander", "SWV",
                () -> export.xlsx(built.regionId(), new ByteArrayOutputStream())))
                .isInstanceOf(AccessDeniedException.class);
    }

    static List<String> headers() {
        return Arrays.stream(RegistrationColumns.values()).map(RegistrationColumns::header).toList();
    }

    /** The row's values in the column order, numbers as BigDecimal so that they compare with what XLSX reads. */
    static List<Object> values(Thuiszitters.Row row) {
        return Arrays.stream(RegistrationColumns.values()).map(c -> c.value(row))
                .map(v -> v instanceof Number n ? (Object) new BigDecimal(n.toString()) : v).toList();
    }

    /** What the XLSX row holds, each cell read as the type the registration's value has. */
    static List<Object> xlsxRow(Row row, Thuiszitters.Row like) {
        List<Object> cells = new ArrayList<>();
        RegistrationColumns[] columns = RegistrationColumns.values();
        for (int c = 0; c < columns.length; c++) {
            Object kind = columns[c].value(like);
            boolean empty = !row.hasCell(c) || row.getCell(c) == null || row.getCellText(c).isEmpty();
            cells.add(empty ? null : switch (kind) {
                case Number n -> row.getCellAsNumber(c).orElseThrow();
                case LocalDate d -> row.getCellAsDate(c).orElseThrow().toLocalDate();
                case null, default -> row.getCellText(c);
            });
        }
        return cells;
    }
}
