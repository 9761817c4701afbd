package nl.aanwezig.attendance.importing;

import java.time.Instant;
import nl.aanwezig.attendance.importing.reading.ColumnMapping;

/**
 * A column mapping saved under a name, for the exports of one source system.
 *
 * @param name      unique name, e.g. "Magister registraties"
 * @param kind      the kind of file it is for
 * @param mapping   source column per canonical column
 * @param createdBy login of who saved it
 * @param createdAt when
 */
public record SavedMapping(String name, ImportKind kind, ColumnMapping mapping, String createdBy, Instant createdAt) {
}
