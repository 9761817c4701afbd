package nl.aanwezig.chainreview.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import nl.aanwezig.base.Messages;
import nl.aanwezig.chainreview.Category;
import nl.aanwezig.chainreview.Registration;
import nl.aanwezig.chainreview.Thuiszitters;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The region's thuiszitters registration as a file for the Inspectie, anonymised: one row per subject of
 * {@link Thuiszitters#registration(long)} (which checks who may read it and audits the export), the columns of
 * {@link RegistrationColumns}. Written straight into the stream as the rows go; a region has at most thousands.
 */
@Service
public class RegistrationExport {

    /** Rows the XLSX keeps in memory before it writes them out. */
    static final int FLUSH_ROWS = 200;
    static final String DATE_FORMAT = "dd-mm-yyyy";

    private final Thuiszitters thuiszitters;

    RegistrationExport(Thuiszitters thuiszitters) {
        this.thuiszitters = thuiszitters;
    }

    /** A workbook: the registration on the first sheet, the legend of categories and statuses on the second. */
    @PreAuthorize("hasAnyRole('SWV', 'LEERPLICHT', 'JEUGDARTS', 'OC')")
    public void xlsx(long regionId, OutputStream out) {
        List<Thuiszitters.Row> rows = thuiszitters.registration(regionId);
        try {
            Workbook wb = new Workbook(out, "Aanwezig", "1.0");
            Worksheet ws = wb.newWorksheet(Messages.nl("chainreview.export.sheet"));
            RegistrationColumns[] columns = RegistrationColumns.values();
            for (int c = 0; c < columns.length; c++) {
                ws.value(0, c, columns[c].header());
                ws.style(0, c).bold().set();
            }
            ws.freezePane(0, 1);
            int r = 1;
            for (Thuiszitters.Row row : rows) {
                for (int c = 0; c < columns.length; c++) {
                    cell(ws, r, c, columns[c].value(row));
                }
                if (r++ % FLUSH_ROWS == 0) {
                    ws.flush();
                }
            }
            ws.finish();
            legend(wb.newWorksheet(Messages.nl("chainreview.export.legend")));
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * CSV in UTF-8, semicolon-separated as Dutch spreadsheets read it, dates as {@code yyyy-mm-dd}; the legend of
     * categories and statuses first, as comment lines starting with {@code #}, then the header row and the rows.
     */
    @PreAuthorize("hasAnyRole('SWV', 'LEERPLICHT', 'JEUGDARTS', 'OC')")
    public void csv(long regionId, OutputStream out) {
        List<Thuiszitters.Row> rows = thuiszitters.registration(regionId);
        RegistrationColumns[] columns = RegistrationColumns.values();
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n")
                .setCommentMarker('#').setHeaderComments(legendLines().toArray())
                .setHeader(java.util.Arrays.stream(columns).map(RegistrationColumns::header).toArray(String[]::new))
                .get();
        try {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            CSVPrinter printer = new CSVPrinter(writer, format);
            for (Thuiszitters.Row row : rows) {
                for (RegistrationColumns column : columns) {
                    Object value = column.value(row);
                    printer.print(value == null ? "" : value.toString());
                }
                printer.println();
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "2B: langdurig relatief verzuim, langer dan 3 maanden", then each status word. */
    static List<String> legendLines() {
        List<String> lines = new java.util.ArrayList<>();
        lines.add(Messages.nl("chainreview.export.legendCategory"));
        for (Category c : Category.values()) {
            lines.add(c.code() + ": " + RegistrationColumns.categoryText(c.code()));
        }
        lines.add(Messages.nl("chainreview.export.legendStatus"));
        for (Registration.Status s : Registration.Status.values()) {
            lines.add(RegistrationColumns.statusText(s.name()));
        }
        return lines;
    }

    private static void legend(Worksheet ws) throws IOException {
        ws.value(0, 0, Messages.nl("chainreview.export.legendCategory"));
        ws.style(0, 0).bold().set();
        int r = 1;
        for (Category c : Category.values()) {
            ws.value(r, 0, c.code());
            ws.value(r++, 1, RegistrationColumns.categoryText(c.code()));
        }
        ws.value(++r, 0, Messages.nl("chainreview.export.legendStatus"));
        ws.style(r++, 0).bold().set();
        for (Registration.Status s : Registration.Status.values()) {
            ws.value(r++, 0, RegistrationColumns.statusText(s.name()));
        }
        ws.width(1, 60);
        ws.finish();
    }

    private static void cell(Worksheet ws, int r, int c, Object value) {
        switch (value) {
            case null -> {
            }
            case Number n -> ws.value(r, c, n);
            case LocalDate d -> {
                ws.value(r, c, d);
                ws.style(r, c).format(DATE_FORMAT).set();
            }
            default -> ws.value(r, c, value.toString());
        }
    }
}
