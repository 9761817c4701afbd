package nl.aanwezig.attendance.importing;

/** Counts rows read and tells the progress listener every {@link ImportService#PROGRESS_INTERVAL} rows. */
final class ReadCounter {

    private final ImportProgress progress;
    private long rows;

    ReadCounter(ImportProgress progress) {
        this.progress = progress;
    }

    void row() {
        rows++;
        if (rows % ImportService.PROGRESS_INTERVAL == 0) {
            progress.rowsRead(rows);
        }
    }

    void done() {
        progress.rowsRead(rows);
    }

    long rows() {
        return rows;
    }
}
