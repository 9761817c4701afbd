package nl.aanwezig.attendance.importing;

/** Hears how far an import has read, so a screen can show progress on a file of a million rows. */
@FunctionalInterface
public interface ImportProgress {

    /** Does nothing. */
    ImportProgress NONE = rows -> { };

    /**
     * Called every {@link ImportService#PROGRESS_INTERVAL} rows and once at the end of the file, on the
     * importing thread; keep it quick.
     *
     * @param rowsRead data rows read so far (valid and invalid)
     */
    void rowsRead(long rowsRead);
}
