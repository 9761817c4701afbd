package nl.aanwezig.attendance.importing.reading;

import java.io.Closeable;
import java.util.Iterator;
import java.util.List;

/** Rows of cells from one file format, before mapping to canonical columns. */
interface RawRows extends Iterator<RawRows.RawRow>, Closeable {

    /** How a cell of a column must be rendered as text; matters for XLSX numbers only. */
    enum CellKind { TEXT, DATE, TIME }

    /**
     * A row of cell texts.
     *
     * @param line  1-based line number
     * @param cells cell texts, untrimmed; may be shorter than the header
     */
    record RawRow(int line, List<String> cells) {
        boolean blank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }

    /** The header row; {@code null} when the file is empty. */
    RawRow header();

    /** Tells the reader how to render the cells of each column (index into the header). */
    void useKinds(List<CellKind> kinds);
}
