package nl.aanwezig.attendance.importing.reading;

import java.util.Map;

/**
 * One data row of an import file.
 *
 * @param line   1-based line number in the file (the header is line 1; for XLSX the sheet row number)
 * @param values trimmed cell text by canonical column name, for the canonical columns present in the header
 */
public record TabularRow(int line, Map<String, String> values) {

    /** Copies the values. */
    public TabularRow {
        values = Map.copyOf(values);
    }

    /** The trimmed value of a canonical column; empty when the cell or the whole column is absent. */
    public String get(String canonical) {
        return values.getOrDefault(canonical, "");
    }
}
