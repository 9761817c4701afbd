package nl.aanwezig.attendance.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import nl.aanwezig.attendance.importing.ImportResult;
import nl.aanwezig.base.upload.RowError;

/**
 * The JSON answer to an import.
 *
 * @param accepted        rows written (new, or changed pupils)
 * @param unchanged       rows that were stored already with the same value
 * @param rejected        rows refused, all of them
 * @param errors          the first errors, by line
 * @param errorsTruncated whether there were more errors than listed
 * @param withdrawn       absence exports: stored absences of the period that the file no longer holds, removed
 * @param lessonsChanged  absence exports, timetables, code lists, lesson hours: derived lessons written or removed
 * @param unknownCodes    absence exports: the codes the school's list does not know (the file was refused)
 * @param lessonsToRemove absence exports: registered lessons the file would remove, to be confirmed with
 *                        {@code confirm=} (the file was refused); absent when nothing needs confirming
 * @param lessonsInPeriod absence exports: registered lessons of the period, beside {@code lessonsToRemove}
 */
public record ImportResponse(int accepted, int unchanged, int rejected, List<RowError> errors, boolean errorsTruncated,
                             @JsonInclude(JsonInclude.Include.NON_NULL) Integer withdrawn,
                             @JsonInclude(JsonInclude.Include.NON_NULL) Integer lessonsChanged,
                             @JsonInclude(JsonInclude.Include.NON_NULL) List<String> unknownCodes,
                             @JsonInclude(JsonInclude.Include.NON_NULL) Integer lessonsToRemove,
                             @JsonInclude(JsonInclude.Include.NON_NULL) Integer lessonsInPeriod) {

    static ImportResponse of(ImportResult result) {
        ImportResult.ExportOutcome export = result.export();
        return new ImportResponse(result.accepted(), result.unchanged(), result.rejected(), result.errors(),
                result.errorsTruncated(), export == null ? null : export.withdrawn(),
                export == null ? null : export.lessonsChanged(), export == null ? null : export.unknownCodes(),
                export == null ? null : export.lessonsToRemove(), export == null ? null : export.lessonsInPeriod());
    }
}
