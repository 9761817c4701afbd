package nl.aanwezig.attendance.importing.reading;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** CSV rows: UTF-8 with or without BOM, separator {@code ;} or {@code ,} detected from the header line. */
final class CsvRows implements RawRows {

    private static final int MAX_HEADER_CHARS = 1 << 16;

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final RawRow header;

    /** @param maxLineChars a longer line stops the reading with {@link LineLimitReader.LineTooLongException} */
    CsvRows(InputStream in, int maxLineChars) throws IOException {
        BufferedReader reader = new BufferedReader(
                new LineLimitReader(new InputStreamReader(in, StandardCharsets.UTF_8), maxLineChars));
        skipBom(reader);
        char delimiter = detectDelimiter(reader);
        parser = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get().parse(reader);
        records = parser.iterator();
        header = records.hasNext() ? toRow(records.next()) : null;
    }

    private static void skipBom(BufferedReader reader) throws IOException {
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
    }

    /** Picks the separator that occurs most in the header line (outside quotes); ';' wins a tie. */
    private static char detectDelimiter(BufferedReader reader) throws IOException {
        reader.mark(MAX_HEADER_CHARS);
        String line = reader.readLine();
        reader.reset();
        int semicolons = 0;
        int commas = 0;
        boolean quoted = false;
        for (char c : (line == null ? "" : line).toCharArray()) {
            quoted = c == '"' ? !quoted : quoted;
            semicolons += !quoted && c == ';' ? 1 : 0;
            commas += !quoted && c == ',' ? 1 : 0;
        }
        return commas > semicolons ? ',' : ';';
    }

    /**
     * The parser's line count tells on which line a record ends; a quoted value may span lines, so the
     * record starts as many lines earlier as its values contain line breaks.
     */
    private RawRow toRow(CSVRecord record) {
        List<String> cells = record.toList();
        long end = parser.getCurrentLineNumber();
        return new RawRow((int) (end - newlinesIn(cells)), cells);
    }

    private static long newlinesIn(List<String> cells) {
        return cells.stream().mapToLong(c -> c.chars().filter(ch -> ch == '\n').count()).sum();
    }

    @Override
    public RawRow header() {
        return header;
    }

    @Override
    public void useKinds(List<CellKind> kinds) {
        // CSV cells are text already
    }

    @Override
    public boolean hasNext() {
        return records.hasNext();
    }

    @Override
    public RawRow next() {
        if (!records.hasNext()) {
            throw new NoSuchElementException();
        }
        return toRow(records.next());
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
