package nl.aanwezig.attendance.importing.reading;

import java.time.LocalDate;
import nl.aanwezig.school.Sector;

/**
 * A valid row of a pupils file. Whether the school exists and the pupil is new is for the caller to decide.
 *
 * @param line              line number in the file
 * @param school            BRIN code
 * @param leerling          pupil number, unique within the school
 * @param voornaam          first name
 * @param achternaam        last name
 * @param geboortedatum     date of birth
 * @param sector            PO, VO or MBO
 * @param klas              class or group
 * @param mentor            the mentor's staff login; empty when not given
 * @param startkwalificatie whether the pupil has a start qualification
 */
public record PupilRow(int line, String school, String leerling, String voornaam, String achternaam,
                       LocalDate geboortedatum, Sector sector, String klas, String mentor, boolean startkwalificatie) {
}
