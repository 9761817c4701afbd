package nl.aanwezig.admin;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The rows of a staff CSV by column name (header matched ignoring case and spaces), with their line numbers
 * counted as the pupil import counts them: the header is line 1. Separator {@code ;}, or {@code ,} when the
 * header holds commas and no semicolons; an optional BOM is skipped; blank lines are left out. Text the CSV parser
 * cannot read (a quote not closed, text after a closing quote) is a {@link BadCsvException} with its line.
 */
final class StaffCsv {

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final Map<String, Integer> columns = new HashMap<>();
    private int lastLine;

    StaffCsv(BufferedReader reader) throws IOException {
        reader.mark(1 << 16);
        String header = reader.readLine();
        reader.reset();
        if (header != null && header.startsWith("\uFEFF")) {
            reader.skip(1);
            header = header.substring(1);
        }
        char delimiter = header != null && header.indexOf(';') < 0 && header.indexOf(',') >= 0 ? ',' : ';';
        parser = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get().parse(reader);
        records = parser.iterator();
        if (hasNext(0)) {
            List<String> names = records.next().toList();
            for (int i = names.size() - 1; i >= 0; i--) {
                columns.put(names.get(i).strip().toLowerCase(Locale.ROOT), i);
            }
            lastLine = 1;
        }
    }

    /** The CSV cannot be read from {@link #line()} on; the parser's own message is not for the user. */
    static final class BadCsvException extends IOException {
        private final int line;

        BadCsvException(int line, Throwable cause) {
            super("CSV unreadable from line " + line, cause);
            this.line = line;
        }

        int line() {
            return line;
        }
    }

    /** The parser reads a record ahead when asked whether there is one; that is where bad quoting shows. */
    private boolean hasNext(int lastGoodLine) throws BadCsvException {
        try {
            return records.hasNext();
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new BadCsvException(lastGoodLine + 1, e);
        }
    }

    /** One data row. */
    record Row(int line, Map<String, String> values) {

        /** The trimmed cell of a column, "" when absent. */
        String get(String column) {
            return values.getOrDefault(column, "");
        }
    }

    List<String> missing(List<String> required) {
        return required.stream().filter(c -> !columns.containsKey(c)).toList();
    }

    /** The next non-blank row, or {@code null} at the end. */
    Row next() throws IOException {
        while (hasNext(lastLine)) {
            CSVRecord record = records.next();
            List<String> cells = record.toList();
            long newlines = cells.stream().mapToLong(c -> c.chars().filter(ch -> ch == '\n').count()).sum();
            // the parser counts line breaks read; a last line without one would otherwise share the line before
            int line = Math.max((int) (parser.getCurrentLineNumber() - newlines), lastLine + 1);
            lastLine = Math.max(line, (int) parser.getCurrentLineNumber());
            if (cells.stream().allMatch(String::isBlank)) {
                continue;
            }
            Map<String, String> values = new HashMap<>();
            columns.forEach((name, index) -> values.put(name, index < cells.size() ? cells.get(index).strip() : ""));
            return new Row(line, values);
        }
        parser.close();
        return null;
    }
}
