package nl.aanwezig.attendance.importing;

import nl.aanwezig.attendance.importing.reading.PupilRow;
import nl.aanwezig.base.Messages;

/** The column sizes of the pupil tables, checked per row so that one long name fails its row, not the file. */
final class PupilLimits {

    private PupilLimits() {
    }

    /** The Dutch reason for the first value that does not fit, or {@code null} when all fit. */
    static String firstTooLong(PupilRow row) {
        if (row.leerling().length() > 20) {
            return tooLong("leerling", 20);
        }
        if (row.voornaam().length() > 100) {
            return tooLong("voornaam", 100);
        }
        if (row.achternaam().length() > 100) {
            return tooLong("achternaam", 100);
        }
        if (row.klas().length() > 40) {
            return tooLong("klas", 40);
        }
        return row.mentor().length() > 64 ? tooLong("mentor", 64) : null;
    }

    private static String tooLong(String column, int max) {
        return Messages.nl("import.error.tooLong", column, String.valueOf(max));
    }
}
