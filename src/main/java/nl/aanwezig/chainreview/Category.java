package nl.aanwezig.chainreview;

import java.time.LocalDate;

/**
 * The thuiszitter categories of the Inspectie's registration: absoluut verzuim (enrolled nowhere), langdurig relatief
 * verzuim from 4 weeks to 3 months (2a) and over 3 months (2b, these come first), and an exemption art. 5 sub a.
 */
public enum Category {
    ABS, _2A, _2B, _5A;

    /** The code in the registration's file and the database: "ABS", "2A", "2B", "5A". */
    public String code() {
        return name().replace("_", "");
    }

    public static Category ofCode(String code) {
        return code.equals("ABS") ? ABS : valueOf("_" + code);
    }

    /** Langdurig relatief verzuim since this day, on that day: 2b when over three months. */
    static Category lrv(LocalDate since, LocalDate on) {
        return since.plusMonths(3).isBefore(on) ? _2B : _2A;
    }
}
