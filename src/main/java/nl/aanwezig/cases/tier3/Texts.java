package nl.aanwezig.cases.tier3;

import java.time.LocalDate;
import java.util.List;
import nl.aanwezig.base.UserFacingException.Message;

/** The checks the tier-3 forms share; each message key names its field: {@code tier3.error.<field>.<what>}. */
final class Texts {

    private Texts() {
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static String strip(String s) {
        return blank(s) ? null : s.strip();
    }

    static void required(List<Message> errors, String value, String field) {
        if (blank(value)) {
            errors.add(new Message("tier3.error." + field + ".required"));
        }
    }

    static void max(List<Message> errors, int max, String field, String... values) {
        for (String v : values) {
            if (v != null && v.length() > max) {
                errors.add(new Message("tier3.error." + field + ".tooLong", max));
                return;
            }
        }
    }

    /** A date after today and at most {@code maxWeeks} ahead (a timer waits for it). */
    static void futureDate(List<Message> errors, LocalDate date, LocalDate today, int maxWeeks, String field) {
        if (date == null) {
            errors.add(new Message("tier3.error." + field + ".required"));
        } else if (!date.isAfter(today) || date.isAfter(today.plusWeeks(maxWeeks))) {
            errors.add(new Message("tier3.error." + field + ".range", maxWeeks));
        }
    }
}
