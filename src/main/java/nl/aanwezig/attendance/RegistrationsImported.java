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
 */
public record RegistrationsImported(Set<Long> schoolIds, LocalDate from, LocalDate to, String newRowsTable) {

    public RegistrationsImported(Set<Long> schoolIds, LocalDate from, LocalDate to) {
        this(schoolIds, from, to, null);
    }
}
