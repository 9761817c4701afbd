package nl.aanwezig.attendance.importing.reading;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import nl.aanwezig.base.Echo;
import nl.aanwezig.base.upload.RowError;

/** The streaming skeleton shared by the parsers: header check, then convert row by row. */
final class ImportLoop {

    private ImportLoop() {
    }

    /**
     * Reads {@code in}; a missing required column yields one error for line 1, naming the column as the
     * file should have it (the mapped source name), and nothing else. A file
     * that becomes unreadable halfway (e.g. an unclosed quote) yields an error for the line after the
     * last good row and stops; rows before it have been delivered already. So does a line longer than
     * {@code maxLineChars}, with the number of that line.
     */
    static <T> void run(InputStream in, ColumnMapping mapping, int maxLineChars, List<String> required,
                        Function<TabularRow, T> convert, Consumer<T> ok, Consumer<RowError> bad) throws IOException {
        TabularReader opened;
        try {
            opened = TabularReader.open(in, mapping, maxLineChars);
        } catch (LineLimitReader.LineTooLongException e) {
            bad.accept(new RowError(e.line(), e.getMessage()));
            return;
        }
        try (TabularReader reader = opened) {
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
                bad.accept(unreadableAfter(lastLine, e));
            }
        }
    }

    /** The libraries' messages may quote the file, so they are cut short. */
    private static RowError unreadableAfter(int lastLine, RuntimeException e) {
        if (e.getCause() instanceof LineLimitReader.LineTooLongException tooLong) {
            return new RowError(tooLong.line(), tooLong.getMessage());
        }
        return new RowError(lastLine + 1, "bestand onleesbaar na regel " + lastLine + ": " + Echo.of(e.getMessage(), 160));
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
