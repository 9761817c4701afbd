package nl.aanwezig.attendance.importing.reading;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.function.Supplier;
import nl.aanwezig.base.Echo;
import nl.aanwezig.base.upload.RowError;

/** Reads typed fields of a {@link TabularRow}, failing with the Dutch reason of {@link RowError}. */
final class RowFields {

    /** {@code HH:MM}; a single-digit hour ({@code 8:30}) is accepted as exports differ there. */
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm").withResolverStyle(ResolverStyle.STRICT);

    private final TabularRow row;

    RowFields(TabularRow row) {
        this.row = row;
    }

    String required(String column) {
        String value = row.get(column);
        if (value.isEmpty()) {
            throw new InvalidRowException("veld '" + column + "' is leeg");
        }
        return value;
    }

    String optional(String column) {
        return row.get(column);
    }

    LocalDate date(String column) {
        String value = required(column);
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidRowException("ongeldige datum '" + Echo.of(value) + "'");
        }
    }

    LocalTime time(String column) {
        String value = required(column);
        try {
            return LocalTime.parse(value, TIME);
        } catch (DateTimeParseException e) {
            throw new InvalidRowException("ongeldige tijd '" + Echo.of(value) + "'");
        }
    }

    /** Runs a parse that throws {@link IllegalArgumentException} with a Dutch message, as the enums do. */
    static <T> T parsed(Supplier<T> parse) {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            throw new InvalidRowException(e.getMessage());
        }
    }
}
