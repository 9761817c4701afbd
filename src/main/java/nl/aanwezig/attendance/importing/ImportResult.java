package nl.aanwezig.attendance.importing;

import java.util.List;
import nl.aanwezig.base.upload.RowError;

/**
 * The outcome of one import file.
 *
 * @param accepted        rows written: new, or (pupils) changed
 * @param unchanged       valid rows that were stored already with the same value
 * @param rejected        rows that could not be imported (all of them, also beyond the error list)
 * @param errors          the first {@link ImportService#MAX_ERRORS} errors, by line number
 * @param errorsTruncated whether there were more errors than listed
 * @param refused         whether the file was refused as a whole, so nothing was written: all-or-nothing
 *                        with bad rows, or a file that is not a readable CSV or XLSX at all
 * @param export          for an absence-only export (or a list it derives from): what it did to the stored absences
 *                        and lessons; {@code null} for the other files
 */
public record ImportResult(int accepted, int unchanged, int rejected, List<RowError> errors, boolean errorsTruncated,
                           boolean refused, ExportOutcome export) {

    /** Copies the error list. */
    public ImportResult {
        errors = List.copyOf(errors);
    }

    /** A result without an export outcome. */
    public ImportResult(int accepted, int unchanged, int rejected, List<RowError> errors, boolean errorsTruncated,
                        boolean refused) {
        this(accepted, unchanged, rejected, errors, errorsTruncated, refused, null);
    }

    /**
     * What an absence-only export (or a changed code list, bell schedule or timetable) did.
     *
     * @param withdrawn      stored absences of the period that the export no longer holds: removed
     * @param lessonsChanged derived registrations written or removed
     * @param unknownCodes   codes of the file that the school's code list does not know, sorted: the file was refused
     * @param lessonsToRemove registered lessons of the period the file would remove, more than the share that is
     *                       imported without asking: the file was refused until the user confirms this number;
     *                       {@code null} when nothing needs confirming
     * @param lessonsInPeriod the registered lessons of the period before the file, beside {@code lessonsToRemove}
     */
    public record ExportOutcome(int withdrawn, int lessonsChanged, List<String> unknownCodes, Integer lessonsToRemove,
                                Integer lessonsInPeriod) {

        /** Copies the list. */
        public ExportOutcome {
            unknownCodes = List.copyOf(unknownCodes);
        }

        /** An outcome that needs no confirmation. */
        public ExportOutcome(int withdrawn, int lessonsChanged, List<String> unknownCodes) {
            this(withdrawn, lessonsChanged, unknownCodes, null, null);
        }
    }

    /** Refused only until the user confirms the removal of {@link ExportOutcome#lessonsToRemove()} lessons. */
    public boolean needsConfirmation() {
        return refused && export != null && export.lessonsToRemove() != null;
    }

    /** A result of a file that was written (possibly partly, with {@code VALID_ONLY}). */
    public ImportResult(int accepted, int unchanged, int rejected, List<RowError> errors, boolean errorsTruncated) {
        this(accepted, unchanged, rejected, errors, errorsTruncated, false);
    }

    /** A short line for the audit log. */
    String auditDetail(ImportMode mode) {
        return "modus=" + mode + " aangenomen=" + accepted + " ongewijzigd=" + unchanged + " afgekeurd=" + rejected
                + (refused ? " geweigerd" : "") + (export == null ? "" : " ingetrokken=" + export.withdrawn()
                + " lessen=" + export.lessonsChanged()
                + (export.lessonsToRemove() == null ? "" : " te_bevestigen=" + export.lessonsToRemove() + "/" + export.lessonsInPeriod())
                + (export.unknownCodes().isEmpty() ? "" : " onbekende_codes=" + export.unknownCodes()));
    }
}
