package nl.aanwezig.attendance.domain;

import java.util.Locale;
import nl.aanwezig.base.Echo;

/**
 * One code of a school's code list: what the school's pupil administration writes, and what it means here.
 *
 * @param code        as the school writes it; matched ignoring case ({@link #key()})
 * @param status      what the lesson becomes
 * @param reason      for {@link CodeStatus#AFWEZIG} only: the canonical reason
 * @param authorised  geoorloofd; for an absence it must agree with the reason (the reason decides the legal count), for
 *                    a late arrival it is recorded as the school marks it, for presence it is empty
 * @param description the school system's own label, for people
 */
public record AbsenceCode(String code, CodeStatus status, AbsenceReason reason, Boolean authorised, String description) {

    /** Longest code accepted: real systems use one to four letters. */
    public static final int MAX_CODE_LENGTH = 20;

    /**
     * Checks the combination; the messages are Dutch, for the admin who maps the codes.
     *
     * @throws IllegalArgumentException when status, reason and geoorloofd do not fit together
     */
    public AbsenceCode {
        code = code == null ? "" : code.strip();
        if (code.isEmpty() || code.length() > MAX_CODE_LENGTH) {
            throw new IllegalArgumentException("code ontbreekt of is langer dan " + MAX_CODE_LENGTH + " tekens");
        }
        if (status == null) {
            throw new IllegalArgumentException("status ontbreekt bij code '" + Echo.of(code) + "'");
        }
        description = description == null ? "" : description.strip();
        switch (status) {
            case AFWEZIG -> checkAbsence(code, reason, authorised);
            case TE_LAAT -> noReason(code, reason);
            case AANWEZIG, GEEN -> {
                noReason(code, reason);
                if (authorised != null) {
                    throw new IllegalArgumentException("geoorloofd hoort leeg bij code '" + Echo.of(code) + "' ("
                            + status.csvValue() + ")");
                }
            }
        }
    }

    private static void checkAbsence(String code, AbsenceReason reason, Boolean authorised) {
        if (reason == null) {
            throw new IllegalArgumentException("reden ontbreekt bij code '" + Echo.of(code) + "' (afwezig)");
        }
        if (authorised == null) {
            throw new IllegalArgumentException("geoorloofd (ja/nee) ontbreekt bij code '" + Echo.of(code) + "'");
        }
        if (authorised != reason.authorised()) {
            throw new IllegalArgumentException("code '" + Echo.of(code) + "': reden " + reason.csvValue() + " is "
                    + (reason.authorised() ? "geoorloofd" : "ongeoorloofd") + ", niet geoorloofd = "
                    + (authorised ? "ja" : "nee"));
        }
    }

    private static void noReason(String code, AbsenceReason reason) {
        if (reason != null) {
            throw new IllegalArgumentException("reden hoort alleen bij afwezig, niet bij code '" + Echo.of(code) + "'");
        }
    }

    /** How the code is matched: an export may write {@code zb} for {@code Zb}. */
    public String key() {
        return key(code);
    }

    /** The match key of a code as read from an export. */
    public static String key(String code) {
        return code.strip().toUpperCase(Locale.ROOT);
    }
}
