package nl.aanwezig.attendance.importing;

import java.time.LocalDate;
import nl.aanwezig.attendance.importing.reading.PupilRow;
import nl.aanwezig.base.Messages;

/** The checks of a pupil row that need no database: control characters in its values and an impossible birth date. */
final class PupilChecks {

    /** A pupil is at least this old: the youngest go to school at four, a group 1 is planned from three. */
    static final int MIN_AGE = 3;
    /** A pupil is at most this old: MBO and VAVO have adults, no school has pupils of thirty. */
    static final int MAX_AGE = 30;

    private PupilChecks() {
    }

    /**
     * The Dutch reason for the first value holding a control character (a NUL, a tab, an escape...), or {@code null}.
     * Such a name cannot be shown or printed as it was meant, and a NUL cannot be stored at all.
     */
    static String firstControlCharacter(PupilRow row) {
        String[][] fields = {{"school", row.school()}, {"leerling", row.leerling()}, {"voornaam", row.voornaam()},
            {"achternaam", row.achternaam()}, {"klas", row.klas()}, {"mentor", row.mentor()}};
        for (String[] field : fields) {
            if (hasControlCharacter(field[1])) {
                return Messages.nl("import.error.controlCharacter", field[0]);
            }
        }
        return null;
    }

    private static boolean hasControlCharacter(String value) {
        if (value == null) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            if (Character.isISOControl(value.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The birth dates a pupil can have on the import's day: from {@code earliest} to {@code latest}, both included. */
    record BirthDates(LocalDate earliest, LocalDate latest) {

        static BirthDates around(LocalDate today) {
            return new BirthDates(today.minusYears(MAX_AGE), today.minusYears(MIN_AGE));
        }

        /** The Dutch reason a birth date is impossible, or {@code null}. */
        String refusal(LocalDate birthDate) {
            if (birthDate.isBefore(earliest) || birthDate.isAfter(latest)) {
                return Messages.nl("import.error.impossibleBirthDate", Messages.date(birthDate), Messages.date(earliest),
                        Messages.date(latest));
            }
            return null;
        }
    }
}
