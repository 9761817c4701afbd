package nl.aanwezig.cases;

import java.math.BigDecimal;
import java.math.RoundingMode;
import nl.aanwezig.attendance.SignalRaised;
import nl.aanwezig.base.Messages;

/**
 * A signal's detail as the timeline says it, in Dutch: the attendance module stores codes (the M@ZL kind, the band),
 * which are for machines and the API, not for the people reading the dossier.
 */
final class SignalDetails {

    private SignalDetails() {
    }

    static String dutch(SignalRaised signal) {
        return switch (signal.type()) {
            case MAZL -> signal.facts().get("mazlKind") instanceof String kind
                    ? Messages.nl("fix.mazl." + kind) : plain(signal.detail());
            case BAND_CHANGE -> band(signal);
            default -> plain(signal.detail());
        };
    }

    /** "91,3% (oranje)": one decimal with a comma, as every table writes it, and the band's Dutch name. */
    private static String band(SignalRaised signal) {
        Object band = signal.facts().get("band");
        Object pct = signal.facts().get("attendancePct");
        if (!(band instanceof String name) || !(pct instanceof Number n)) {
            return plain(signal.detail());
        }
        String value = new BigDecimal(n.toString()).setScale(1, RoundingMode.HALF_UP).toPlainString().replace('.', ',');
        return Messages.nl("fix.signal.bandDetail", value, Messages.nl("band." + name).toLowerCase(Messages.DUTCH));
    }

    private static String plain(String detail) {
        return detail == null ? "" : detail;
    }
}
