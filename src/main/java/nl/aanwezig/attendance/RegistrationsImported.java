package nl.aanwezig.attendance;

import java.time.LocalDate;
import java.util.Set;

/**
 * Registrations of these schools between these dates were written. Published inside the writing
 * transaction, so derived figures are refreshed in the same transaction; signals listen after commit.
 */
public record RegistrationsImported(Set<Long> schoolIds, LocalDate from, LocalDate to) {
}
