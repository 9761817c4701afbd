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

    /** {@code next}, counting each row it is given first: a parser's good and bad rows both count as read. */
    <T> java.util.function.Consumer<T> counting(java.util.function.Consumer<T> next) {
        return value -> {
            row();
            next.accept(value);
        };
    }

    void done() {
        progress.rowsRead(rows);
    }

    long rows() {
        return rows;
    }
}
