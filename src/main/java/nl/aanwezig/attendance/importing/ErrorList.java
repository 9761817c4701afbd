package nl.aanwezig.attendance.importing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.aanwezig.base.upload.RowError;

/** Counts every row error but keeps only the first ones, so a file full of errors does not fill the memory. */
final class ErrorList {

    private final int cap;
    private final List<RowError> kept = new ArrayList<>();
    private int count;
    private boolean headerRejected;

    ErrorList(int cap) {
        this.cap = cap;
    }

    void add(RowError error) {
        count++;
        headerRejected |= error.line() == 1;
        if (kept.size() < cap) {
            kept.add(error);
        }
    }

    int count() {
        return count;
    }

    /** Whether the header was refused (a required column missing): then the file as a whole is refused. */
    boolean headerRejected() {
        return headerRejected;
    }

    /** All or nothing refuses a file with any error; a refused header refuses it in any mode. */
    boolean refuses(ImportMode mode, int totalErrors) {
        return headerRejected || mode == ImportMode.ALL_OR_NOTHING && totalErrors > 0;
    }

    /**
     * The first errors by line of this list and {@code more}, where {@code more} holds the first errors of
     * {@code moreCount} others. Both lists hold their lowest lines, so the merge holds the lowest lines of all.
     */
    Merged mergedWith(List<RowError> more, int moreCount) {
        List<RowError> all = new ArrayList<>(kept);
        all.addAll(more);
        all.sort(Comparator.comparingInt(RowError::line));
        int total = count + moreCount;
        List<RowError> first = all.size() > cap ? all.subList(0, cap) : all;
        return new Merged(List.copyOf(first), total, total > first.size());
    }

    Merged merged() {
        return mergedWith(List.of(), 0);
    }

    /** The errors to report and how many there were in all. */
    record Merged(List<RowError> errors, int count, boolean truncated) {
    }
}
