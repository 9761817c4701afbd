package nl.aanwezig.attendance.api;

import java.util.List;
import nl.aanwezig.attendance.domain.RowError;
import nl.aanwezig.attendance.importing.ImportResult;

/**
 * The JSON answer to an import.
 *
 * @param accepted        rows written (new, or changed pupils)
 * @param unchanged       rows that were stored already with the same value
 * @param rejected        rows refused, all of them
 * @param errors          the first errors, by line
 * @param errorsTruncated whether there were more errors than listed
 */
public record ImportResponse(int accepted, int unchanged, int rejected, List<RowError> errors, boolean errorsTruncated) {

    static ImportResponse of(ImportResult result) {
        return new ImportResponse(result.accepted(), result.unchanged(), result.rejected(), result.errors(),
                result.errorsTruncated());
    }
}
