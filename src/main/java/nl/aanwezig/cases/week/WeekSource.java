package nl.aanwezig.cases.week;

import java.time.LocalDate;
import java.util.List;

/**
 * Lines of the OC's week that another module keeps (the casusoverleg's meetings, the DUO deadlines). Implemented by
 * that module, so this module does not depend on it. Called only for an OC, with her own school.
 */
public interface WeekSource {

    /**
     * @param schoolId the OC's school
     * @param today    the school day of today
     * @param weekEnd  the Sunday that ends this week; lines after it are not asked for
     */
    List<WeekItem> items(long schoolId, LocalDate today, LocalDate weekEnd);
}
