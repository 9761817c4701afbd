package nl.aanwezig.attendance.importing.reading;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * Reads an import file row by row, as values keyed by canonical column name. The file is a CSV (UTF-8,
 * optional BOM, {@code ;} or {@code ,} detected from the header line) or an XLSX workbook (first sheet),
 * told apart by the zip magic bytes {@code PK}, not by file name. The first row is the header; header
 * names are matched to the {@link ColumnMapping} ignoring case and surrounding spaces. Rows are read
 * lazily, so memory does not grow with the number of rows; blank rows are skipped.
 */
public final class TabularReader implements Closeable, Iterator<TabularRow> {

    /** Excel's own limit on a cell; no line of a school's export comes near it. */
    public static final int DEFAULT_MAX_LINE_CHARS = 32_767;

    private static final Set<String> DATE_COLUMNS = Set.of("datum", "geboortedatum");
    private static final Set<String> TIME_COLUMNS = Set.of("start", "eind");

    private final RawRows rows;
    /** Header index of each canonical column found in the header. */
    private final Map<String, Integer> indexByCanonical;
    private TabularRow nextRow;

    private TabularReader(RawRows rows, ColumnMapping mapping) {
        this.rows = rows;
        this.indexByCanonical = rows.header() == null ? Map.of() : locate(rows.header().cells(), mapping);
        rows.useKinds(kinds(rows.header() == null ? 0 : rows.header().cells().size()));
    }

    /** Opens a CSV or XLSX stream, CSV lines of at most {@link #DEFAULT_MAX_LINE_CHARS}; see the other open. */
    public static TabularReader open(InputStream in, ColumnMapping mapping) throws IOException {
        return open(in, mapping, DEFAULT_MAX_LINE_CHARS);
    }

    /**
     * Opens a CSV or XLSX stream; the caller closes the reader (which closes the stream). A CSV line longer than
     * {@code maxLineChars} ends the reading with an exception whose cause is a {@link LineLimitReader.LineTooLongException}.
     * (An XLSX's cells are bounded before it gets here: the import checks the unpacked workbook first.)
     */
    public static TabularReader open(InputStream in, ColumnMapping mapping, int maxLineChars) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(in);
        buffered.mark(2);
        boolean zip = buffered.read() == 'P' && buffered.read() == 'K';
        buffered.reset();
        return new TabularReader(zip ? new XlsxRows(buffered) : new CsvRows(buffered, maxLineChars), mapping);
    }

    private static Map<String, Integer> locate(List<String> header, ColumnMapping mapping) {
        Map<String, Integer> indexBySource = new HashMap<>();
        for (int i = header.size() - 1; i >= 0; i--) {
            indexBySource.put(normalise(header.get(i)), i); // backwards: the first of duplicate names wins
        }
        Map<String, Integer> located = new LinkedHashMap<>();
        for (String canonical : ColumnMapping.allCanonicalColumns()) {
            Integer index = indexBySource.get(normalise(mapping.sourceFor(canonical)));
            if (index != null) {
                located.put(canonical, index);
            }
        }
        return located;
    }

    private static String normalise(String headerName) {
        return headerName.strip().toLowerCase(Locale.ROOT);
    }

    private List<RawRows.CellKind> kinds(int columns) {
        List<RawRows.CellKind> kinds = new ArrayList<>(Collections.nCopies(columns, RawRows.CellKind.TEXT));
        indexByCanonical.forEach((canonical, index) -> {
            if (DATE_COLUMNS.contains(canonical)) {
                kinds.set(index, RawRows.CellKind.DATE);
            } else if (TIME_COLUMNS.contains(canonical)) {
                kinds.set(index, RawRows.CellKind.TIME);
            }
        });
        return kinds;
    }

    /** Canonical columns present in the header. */
    public Set<String> columns() {
        return indexByCanonical.keySet();
    }

    /** The given required columns that the header lacks, in the given order. */
    public List<String> missing(Collection<String> required) {
        return required.stream().filter(c -> !indexByCanonical.containsKey(c)).toList();
    }

    /** Whether another non-blank row follows. */
    @Override
    public boolean hasNext() {
        while (nextRow == null && rows.hasNext()) {
            RawRows.RawRow raw = rows.next();
            if (!raw.blank()) {
                nextRow = map(raw);
            }
        }
        return nextRow != null;
    }

    /** The next non-blank row. */
    @Override
    public TabularRow next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        TabularRow row = nextRow;
        nextRow = null;
        return row;
    }

    private TabularRow map(RawRows.RawRow raw) {
        Map<String, String> values = new HashMap<>();
        indexByCanonical.forEach((canonical, index) ->
                values.put(canonical, index < raw.cells().size() ? raw.cells().get(index).strip() : ""));
        return new TabularRow(raw.line(), values);
    }

    @Override
    public void close() throws IOException {
        rows.close();
    }
}
