package nl.aanwezig.attendance.domain;

import java.util.Locale;
import nl.aanwezig.base.Echo;

/** What a school's absence code means for the lesson it is registered on. */
public enum CodeStatus {
    /** Absent, with a reason (and so authorised or not). */
    AFWEZIG,
    /** Late: present with a delay. */
    TE_LAAT,
    /** Present (some systems register presence explicitly). */
    AANWEZIG,
    /** Not an absence at all (material or homework forgotten): the pupil was there, so the lesson counts as present. */
    GEEN;

    /** The value as written in a code list (lower case Dutch word). */
    public String csvValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses a code list's status, ignoring case and surrounding whitespace.
     *
     * @throws IllegalArgumentException with a Dutch message for anything else
     */
    public static CodeStatus parse(String value) {
        String v = value == null ? "" : value.strip();
        for (CodeStatus status : values()) {
            if (status.csvValue().equalsIgnoreCase(v)) {
                return status;
            }
        }
        throw new IllegalArgumentException("onbekende status '" + Echo.of(v) + "' (afwezig, te_laat, aanwezig of geen)");
    }
}
