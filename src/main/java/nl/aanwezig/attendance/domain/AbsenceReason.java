package nl.aanwezig.attendance.domain;

import java.util.Locale;
import nl.aanwezig.base.Echo;

/** Why a pupil was absent. The category (authorised or not) decides what counts for the legal (DUO) rules. */
public enum AbsenceReason {
    /** Sick report; consecutive sick days form one report (M@ZL). */
    ZIEK(true),
    /** Doctor, dentist or therapy. */
    MEDISCH(true),
    /** Leave granted by school or leerplicht. */
    VERLOF(true),
    /** Religious duties. */
    RELIGIEUS(true),
    /** Suspension; authorised because school itself decided it. */
    SCHORSING(true),
    /** Truancy. */
    SPIJBELEN(false),
    /** Extra holiday without leave; also its own DUO report type. */
    LUXEVERZUIM(false),
    /** Nobody told the school why: unauthorised until explained (the "first empty chair"). */
    ONBEKEND(false);

    private final boolean authorised;

    AbsenceReason(boolean authorised) {
        this.authorised = authorised;
    }

    /** Whether this absence is authorised (geoorloofd). */
    public boolean authorised() {
        return authorised;
    }

    /** The value as written in the canonical CSV format (lower case Dutch word). */
    public String csvValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses the canonical CSV value, ignoring case and surrounding whitespace.
     *
     * @throws IllegalArgumentException with a Dutch message ({@code onbekende reden 'x'}) for anything else
     */
    public static AbsenceReason parse(String csvValue) {
        String value = csvValue == null ? "" : csvValue.trim();
        for (AbsenceReason reason : values()) {
            if (reason.csvValue().equalsIgnoreCase(value)) {
                return reason;
            }
        }
        throw new IllegalArgumentException("onbekende reden '" + Echo.of(value) + "'");
    }
}
