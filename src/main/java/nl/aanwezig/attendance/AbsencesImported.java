package nl.aanwezig.attendance;

import java.time.LocalDate;
import java.util.Set;

/**
 * An absence-only export for these schools and this period was imported (whether or not a lesson changed). Published
 * inside the importing transaction; the data quality checks of the absence-only route listen after commit.
 */
public record AbsencesImported(Set<Long> schoolIds, LocalDate from, LocalDate to) {

    /** Copies the set. */
    public AbsencesImported {
        schoolIds = Set.copyOf(schoolIds);
    }
}
