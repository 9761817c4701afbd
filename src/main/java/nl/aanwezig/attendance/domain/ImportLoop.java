package nl.aanwezig.attendance.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/** The streaming skeleton shared by the parsers: header check, then convert row by row. */
final class ImportLoop {

    private ImportLoop() {
    }

    /**
     * Reads {@code in}; a missing required column yields one error for line 1, naming the column as the
     * file should have it (the mapped source name), and nothing else. A file
     * that becomes unreadable halfway (e.g. an unclosed quote) yields an error for the line after the
     * last good row and stops; rows before it have been delivered already.
     */
    static <T> void run(InputStream in, ColumnMapping mapping, List<String> required, Function<TabularRow, T> convert,
                        Consumer<T> ok, Consumer<RowError> bad) throws IOException {
        try (TabularReader reader = TabularReader.open(in, mapping)) {
            List<String> missing = reader.missing(required);
            if (!missing.isEmpty()) {
                bad.accept(new RowError(1, missingMessage(missing.stream().map(mapping::sourceFor).toList())));
                return;
            }
            int lastLine = 1;
            try {
                while (reader.hasNext()) {
                    TabularRow row = reader.next();
                    lastLine = row.line();
                    deliver(row, convert, ok, bad);
                }
            } catch (UncheckedIOException | IllegalStateException e) {
                bad.accept(new RowError(lastLine + 1, "bestand onleesbaar na regel " + lastLine + ": " + e.getMessage()));
            }
        }
    }

    private static <T> void deliver(TabularRow row, Function<TabularRow, T> convert, Consumer<T> ok, Consumer<RowError> bad) {
        T value;
        try {
            value = convert.apply(row);
        } catch (InvalidRowException e) {
            bad.accept(new RowError(row.line(), e.getMessage()));
            return;
        }
        ok.accept(value);
    }

    private static String missingMessage(List<String> missing) {
        if (missing.size() == 1) {
            return "kolom '" + missing.getFirst() + "' ontbreekt";
        }
        return "kolommen '" + String.join("', '", missing) + "' ontbreken";
    }
}
