package nl.aanwezig.attendance.importing;

import java.util.Objects;
import nl.aanwezig.attendance.domain.ColumnMapping;

/**
 * How to read and write one import file.
 *
 * @param mode    what to do with a file that has bad rows
 * @param mapping which source column holds which canonical column
 */
public record ImportOptions(ImportMode mode, ColumnMapping mapping) {

    /** Checks that both are given. */
    public ImportOptions {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(mapping, "mapping");
    }

    /** The canonical format, all or nothing. */
    public static ImportOptions defaults() {
        return new ImportOptions(ImportMode.ALL_OR_NOTHING, ColumnMapping.canonical());
    }
}
