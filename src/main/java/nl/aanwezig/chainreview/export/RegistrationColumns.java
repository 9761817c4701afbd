package nl.aanwezig.chainreview.export;

import java.time.LocalDate;
import java.util.function.Function;
import nl.aanwezig.base.Messages;
import nl.aanwezig.chainreview.Thuiszitters;

/**
 * The columns of the thuiszitters registration export, in the order the files write them, with their headers: the
 * ONE place that decides both, for the XLSX and the CSV alike. The Inspectie's current form is not public; a region
 * that must match it reorders these constants and changes their headers here, and both files follow (the tests read
 * the order from here too). A value is a {@link String}, a {@link Number} or a {@link LocalDate} (null when empty);
 * the files write a date as a date (XLSX) or as {@code yyyy-mm-dd} (CSV). Nothing here may name a pupil: the row has
 * the pseudonym, never a name or a birth date.
 */
public enum RegistrationColumns {

    PSEUDONYM("Pseudoniem", Thuiszitters.Row::pseudonym),
    CATEGORY("Categorie", Thuiszitters.Row::category),
    SCHOOL("School", Thuiszitters.Row::school),
    SECTOR("Sector", Thuiszitters.Row::sector),
    AGE("Leeftijd", Thuiszitters.Row::age),
    SINCE("Startdatum", Thuiszitters.Row::since),
    DAYS("Duur (dagen)", Thuiszitters.Row::days),
    WEEKS("Duur (weken)", r -> r.days() / 7),
    STATUS("Status", r -> statusText(r.status())),
    STATUS_ON("Statusdatum", Thuiszitters.Row::statusOn),
    ACTION("Wat wordt er gedaan", Thuiszitters.Row::action),
    FIRST_QUARTER("Eerste kwartaal", Thuiszitters.Row::firstQuarter),
    LAST_QUARTER("Laatste kwartaal", Thuiszitters.Row::lastQuarter);

    private final String header;
    private final Function<Thuiszitters.Row, Object> value;

    RegistrationColumns(String header, Function<Thuiszitters.Row, Object> value) {
        this.header = header;
        this.value = value;
    }

    public String header() {
        return header;
    }

    /** The row's value in this column: a String, a Number, a LocalDate, or null. */
    public Object value(Thuiszitters.Row row) {
        return value.apply(row);
    }

    /** The Dutch word of a registration status ("nog thuis", "verhuisd", ...); the code itself when unknown. */
    public static String statusText(String status) {
        String text = Messages.nl("chainreview.status." + status);
        return text.startsWith("!") ? status : text;
    }

    /** The Dutch legend of a category code ("2B": langdurig relatief verzuim, langer dan 3 maanden). */
    public static String categoryText(String code) {
        String text = Messages.nl("chainreview.category." + code);
        return text.startsWith("!") ? code : text;
    }
}
