package nl.aanwezig.attendance.importing;

import java.util.List;
import nl.aanwezig.attendance.importing.reading.ColumnMapping;

/** What a file holds; a saved column mapping belongs to one kind. */
public enum ImportKind {
    PUPILS(ColumnMapping.PUPIL_COLUMNS),
    REGISTRATIONS(ColumnMapping.REGISTRATION_COLUMNS),
    /** A timetable: which lesson hours a class or pupil has on which weekday, valid from/to. */
    TIMETABLE(ColumnMapping.TIMETABLE_COLUMNS),
    /** An absence-only export with the school's own codes and lesson hours. */
    ABSENCES(ColumnMapping.ABSENCE_COLUMNS);

    private final List<String> columns;

    ImportKind(List<String> columns) {
        this.columns = columns;
    }

    /** The canonical columns of this kind of file, in the documented order. */
    public List<String> columns() {
        return columns;
    }
}
