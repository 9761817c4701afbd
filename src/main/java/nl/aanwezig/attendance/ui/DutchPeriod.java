package nl.aanwezig.attendance.ui;

import java.time.format.DateTimeFormatter;
import nl.aanwezig.attendance.figures.Period;
import nl.aanwezig.base.Messages;

/** A period as Dutch text: "1 augustus 2026 t/m 31 juli 2027". */
final class DutchPeriod {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Messages.DUTCH);

    private DutchPeriod() {
    }

    static String format(Period period) {
        return DAY.format(period.from()) + " t/m " + DAY.format(period.to());
    }
}
