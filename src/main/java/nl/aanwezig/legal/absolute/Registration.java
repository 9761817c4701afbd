package nl.aanwezig.legal.absolute;

import java.time.LocalDate;

/**
 * What leerplicht registers of a child enrolled at no school.
 *
 * @param municipalityId the child's municipality, may be null (unknown)
 * @param since          the first day without any school
 * @param action         what is being done about it
 */
public record Registration(String firstName, String lastName, LocalDate birthDate, Long municipalityId,
                           LocalDate since, String action) {
}
