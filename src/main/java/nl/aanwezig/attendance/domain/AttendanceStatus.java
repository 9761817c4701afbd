package nl.aanwezig.attendance.domain;

import java.util.Locale;
import nl.aanwezig.base.Echo;

/** What happened to a pupil in one scheduled lesson (or half-day). */
public enum AttendanceStatus {
    /** Present for the whole lesson. */
    AANWEZIG,
    /** Present, but arrived late; lateness is presence with a delay, never absence. */
    TE_LAAT,
    /** Absent for the whole lesson; always carries an {@link AbsenceReason}. */
    AFWEZIG;

    /** The value as written in the canonical CSV format ({@code aanwezig}, {@code te_laat}, {@code afwezig}). */
    public String csvValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses the canonical CSV value, ignoring case and surrounding whitespace.
     *
     * @throws IllegalArgumentException with a Dutch message ({@code onbekende status 'x'}) for anything else
     */
    public static AttendanceStatus parse(String csvValue) {
        String value = csvValue == null ? "" : csvValue.trim();
        for (AttendanceStatus status : values()) {
            if (status.csvValue().equalsIgnoreCase(value)) {
                return status;
            }
        }
        throw new IllegalArgumentException("onbekende status '" + Echo.of(value) + "'");
    }
}
