package nl.aanwezig.attendance.importing;

import java.time.LocalDate;
import java.util.Objects;
import nl.aanwezig.attendance.importing.reading.ColumnMapping;

/**
 * How to read and write one import file.
 *
 * @param mode    what to do with a file that has bad rows
 * @param mapping which source column holds which canonical column
 * @param export  for an absence-only export: the school and period it covers; {@code null} otherwise
 */
public record ImportOptions(ImportMode mode, ColumnMapping mapping, ExportScope export) {

    /** Checks that mode and mapping are given. */
    public ImportOptions {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(mapping, "mapping");
    }

    /** Options for a file that is not an absence export. */
    public ImportOptions(ImportMode mode, ColumnMapping mapping) {
        this(mode, mapping, null);
    }

    /** The canonical format, all or nothing. */
    public static ImportOptions defaults() {
        return new ImportOptions(ImportMode.ALL_OR_NOTHING, ColumnMapping.canonical());
    }

    /**
     * What an absence-only export covers: its absences replace those stored for the period, so an absence withdrawn in
     * the source system disappears here.
     *
     * @param school BRIN of the school when the export has no school column; {@code null} to take it from the rows
     *               (or, for an OC, their own school)
     * @param from   first day covered; {@code null}: the first date in the file
     * @param to     last day covered; {@code null}: the last date in the file
     * @param confirmedRemoval the number of registered lessons the user confirmed the file may remove, as the
     *               refusal told them ({@link ImportResult.ExportOutcome#lessonsToRemove()}); {@code null}: none
     */
    public record ExportScope(String school, LocalDate from, LocalDate to, Integer confirmedRemoval) {

        /** Whole file, schools from the rows or the user. */
        public static final ExportScope FILE = new ExportScope(null, null, null);

        /** Nothing confirmed yet. */
        public ExportScope(String school, LocalDate from, LocalDate to) {
            this(school, from, to, null);
        }

        /** The same scope, with the removal of {@code lessons} registered lessons confirmed. */
        public ExportScope confirming(int lessons) {
            return new ExportScope(school, from, to, lessons);
        }
    }

    /** The same options with the removal of {@code lessons} registered lessons confirmed (absence exports). */
    public ImportOptions confirming(int lessons) {
        return new ImportOptions(mode, mapping, (export == null ? ExportScope.FILE : export).confirming(lessons));
    }
}
