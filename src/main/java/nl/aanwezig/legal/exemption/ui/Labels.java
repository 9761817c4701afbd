package nl.aanwezig.legal.exemption.ui;

import nl.aanwezig.base.Messages;
import nl.aanwezig.legal.exemption.ExemptionRow;

/** How exemption facts read in Dutch, shared by the lists. */
final class Labels {

    private Labels() {
    }

    static String date(java.time.LocalDate d) {
        return d == null ? "" : Messages.date(d);
    }

    static String period(ExemptionRow r) {
        if (r.periodKind() == null) {
            return "";
        }
        return Messages.nl("exemption.period." + r.periodKind()) + ", "
                + Messages.nl("exemption.period.range", date(r.validFrom()), date(r.validTo()));
    }
}
