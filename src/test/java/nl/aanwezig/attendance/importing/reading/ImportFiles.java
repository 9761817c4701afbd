package nl.aanwezig.attendance.importing.reading;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nl.aanwezig.base.upload.RowError;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Import test inputs: inline CSV text and XLSX workbooks written with fastexcel. */
final class ImportFiles {

    private ImportFiles() {
    }

    static InputStream csv(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    static InputStream csvWithBom(String text) {
        return csv("\uFEFF" + text);
    }

    /** Writes a one-sheet workbook; each row is a list of cell values (String, Number, LocalDate, or null). */
    static InputStream xlsx(List<List<Object>> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(out, "Aanwezig test", "1.0")) {
            Worksheet sheet = workbook.newWorksheet("Blad1");
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < rows.get(r).size(); c++) {
                    write(sheet, r, c, rows.get(r).get(c));
                }
            }
        }
        return new ByteArrayInputStream(out.toByteArray());
    }

    private static void write(Worksheet sheet, int r, int c, Object value) {
        switch (value) {
            case null -> { }
            case String s -> sheet.value(r, c, s);
            case java.time.LocalDate d -> sheet.value(r, c, d);
            case Double fraction when fraction < 1 -> {
                sheet.value(r, c, fraction);
                sheet.style(r, c).format("hh:mm").set();
            }
            case Number n -> sheet.value(r, c, n);
            default -> throw new IllegalArgumentException("unsupported cell " + value);
        }
    }

    /** Collects parser output. */
    static final class Collected<T> {
        final List<T> ok = new ArrayList<>();
        final List<RowError> bad = new ArrayList<>();
    }
}
