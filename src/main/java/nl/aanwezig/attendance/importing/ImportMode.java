package nl.aanwezig.attendance.importing;

/** What happens to a file with bad rows. */
public enum ImportMode {
    /** Any bad row refuses the whole file: nothing is written. The default. */
    ALL_OR_NOTHING,
    /** The valid rows are written; the bad rows are reported. */
    VALID_ONLY
}
