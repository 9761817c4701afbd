package nl.aanwezig.security;

import java.time.format.DateTimeFormatter;
import java.util.List;
import nl.aanwezig.base.TimeConfig;

/** The audit rows of one pupil as CSV (semicolon, as Dutch Excel opens it; UTF-8 with a BOM). */
public final class AuditCsv {

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(TimeConfig.SCHOOL_ZONE);
    static final String HEADER = "tijdstip;gebruiker;rol;leerling;handeling;toegestaan;toelichting;adres";

    private AuditCsv() {
    }

    public static String of(List<AuditSearch.Row> rows) {
        StringBuilder csv = new StringBuilder("\uFEFF").append(HEADER).append("\r\n");
        for (AuditSearch.Row r : rows) {
            csv.append(String.join(";", AT.format(r.at()), cell(r.username()), r.role() == null ? "" : r.role().name(),
                    cell(r.pupil()), cell(r.action()), r.allowed() ? "ja" : "nee", cell(r.detail()),
                    cell(r.clientIp()))).append("\r\n");
        }
        return csv.toString();
    }

    /**
     * What a spreadsheet may read as the start of a formula (OWASP, CSV injection): =, +, - and @, and a tab or a
     * carriage return, which some spreadsheets skip before looking at the next character.
     */
    private static final String FORMULA_STARTS = "=+-@\t\r";

    /** Quoted when needed; a leading {@link #FORMULA_STARTS} character is defused with a ' before it. */
    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String v = !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        boolean quote = v.contains(";") || v.contains("\"") || v.contains("\n") || v.contains("\r");
        return quote ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }
}
