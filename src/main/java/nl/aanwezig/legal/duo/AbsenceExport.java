package nl.aanwezig.legal.duo;

import java.time.LocalDate;
import java.util.List;

/**
 * A school's absence of one school year per month and category, for the aggregated delivery to DUO.
 *
 * @param rows per month (August first) and category: geoorloofd, ongeoorloofd, then one per absence reason
 */
public record AbsenceExport(String brin, int startYear, List<Row> rows) {

    /** Minutes of absence of one category in one calendar month. */
    public record Row(LocalDate month, String category, long minutes) {

        /** Hours with one decimal, as the export writes them. */
        public double hours() {
            return Math.round(minutes / 6.0) / 10.0;
        }
    }
}
