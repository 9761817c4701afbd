package nl.aanwezig.cases;

import java.math.BigDecimal;
import nl.aanwezig.attendance.SignalRaised;
import nl.aanwezig.base.DutchNumbers;
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
            case CONCERN -> concern(signal);
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
        // the percentage arrives in the band of its exact fraction; written as every screen writes it, never rounded up
        String value = DutchNumbers.pct(new BigDecimal(n.toString())).replace("%", "");
        return Messages.nl("fix.signal.bandDetail", value, Messages.nl("band." + name).toLowerCase(Messages.DUTCH));
    }

    /** "12 uur ongeoorloofd verzuim in 4 schoolweken" or "5 keer te laat in 3 schoolweken". */
    private static String concern(SignalRaised signal) {
        Object criterion = signal.facts().get("criterion");
        Object amount = signal.facts().get("amount");
        Object weeks = signal.facts().get("weeks");
        if (!(criterion instanceof String c) || amount == null || weeks == null) {
            return plain(signal.detail());
        }
        return Messages.nl("concern.detail." + c, amount, weeks);
    }

    private static String plain(String detail) {
        return detail == null ? "" : detail;
    }
}
