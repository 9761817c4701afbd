package nl.aanwezig.attendance.importing.reading;

import nl.aanwezig.attendance.domain.Lesson;

/**
 * A valid row of a registrations file. Whether the pupil exists and the key is unique is for the caller.
 *
 * @param line     line number in the file
 * @param school   BRIN code
 * @param leerling pupil number
 * @param lesson   the lesson and what happened in it
 */
public record RegistrationRow(int line, String school, String leerling, Lesson lesson) {
}
