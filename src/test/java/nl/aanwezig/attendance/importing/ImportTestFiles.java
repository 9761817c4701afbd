package nl.aanwezig.attendance.importing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import nl.aanwezig.support.SampleVo;

/** Inputs for import tests: inline CSV, XLSX written with fastexcel, and the VO sample files. */
public final class ImportTestFiles {

    public static final String PUPILS_HEADER =
            "school;leerling;voornaam;achternaam;geboortedatum;sector;klas;mentor;startkwalificatie\n";
    public static final String REGISTRATIONS_HEADER = "school;leerling;datum;start;eind;status;reden;minuten_te_laat\n";

    private ImportTestFiles() {
    }

    /** A body that never ends: what a sender without a declared length may send. */
    public static InputStream endless() {
        return new InputStream() {
            @Override
            public int read() {
                return 'x';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                java.util.Arrays.fill(b, off, off + len, (byte) 'x');
                return len;
            }
        };
    }

    public static InputStream csv(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A sample file with its BRIN replaced, so a test class can import it for a school of its own; its mentors
     * ({@code mentor0}...) become that school's ({@code 66as-mentor0}...), as a login is a mentor of one school only.
     */
    public static String sample(String file, String brin) {
        return SampleVo.text(file).replace("\n12AB;", "\n" + brin + ";")
                .replaceAll(";(mentor\\d+);", ";" + brin.toLowerCase(java.util.Locale.ROOT) + "-$1;");
    }

    /** Writes a one-sheet workbook of text cells. */
    public static byte[] xlsx(List<List<String>> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(out, "Aanwezig test", "1.0")) {
            Worksheet sheet = workbook.newWorksheet("Blad1");
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < rows.get(r).size(); c++) {
                    sheet.value(r, c, rows.get(r).get(c));
                }
            }
        }
        return out.toByteArray();
    }
}
