package nl.aanwezig.attendance;

import java.time.LocalDate;
import java.util.Set;

/**
 * Registrations of these schools between these dates were written. Published inside the writing
 * transaction, so derived figures are refreshed in the same transaction; signals listen after commit.
 *
 * @param newRowsTable a table of this transaction (TEMP) holding exactly the registrations written, no more and
 *                     none twice, with the columns of {@code registration}; readable only by listeners in the
 *                     publishing transaction (it is dropped at commit); {@code null} when the writer cannot
 *                     promise that, and the figures are rebuilt from {@code registration}
 * @param pupilIds     the pupils whose registrations in the period were written or removed, known in the writing
 *                     transaction, so what follows (signals) looks at them and not at the whole schools;
 *                     {@code null} when the writer does not know them (then every pupil of the schools)
 */
public record RegistrationsImported(Set<Long> schoolIds, LocalDate from, LocalDate to, String newRowsTable,
                                    Set<Long> pupilIds) {

    public RegistrationsImported(Set<Long> schoolIds, LocalDate from, LocalDate to) {
        this(schoolIds, from, to, null, null);
    }

    public RegistrationsImported(Set<Long> schoolIds, LocalDate from, LocalDate to, String newRowsTable) {
        this(schoolIds, from, to, newRowsTable, null);
    }

    /** Whether the writer said which pupils changed. */
    public boolean knowsPupils() {
        return pupilIds != null;
    }
}
