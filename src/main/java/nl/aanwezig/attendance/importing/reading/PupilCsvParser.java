package nl.aanwezig.attendance.importing.reading;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import nl.aanwezig.base.Echo;
import nl.aanwezig.base.upload.RowError;
import nl.aanwezig.school.Sector;

/**
 * Parses a pupils file (CSV or XLSX, see {@link TabularReader}) in the canonical format, streaming: each
 * row goes to {@code ok} or {@code bad} as soon as it is read. Unknown schools and duplicate pupils need
 * the database and are the caller's concern.
 */
public final class PupilCsvParser {

    /** Columns that must be in the header; {@code mentor} may be missing (then every mentor is empty). */
    public static final List<String> REQUIRED_COLUMNS = List.of(
            "school", "leerling", "voornaam", "achternaam", "geboortedatum", "sector", "klas", "startkwalificatie");

    private PupilCsvParser() {
    }

    /**
     * Parses {@code in} and closes it.
     *
     * @throws IOException when the stream cannot be read at all
     */
    public static void parse(InputStream in, ColumnMapping mapping, Consumer<PupilRow> ok, Consumer<RowError> bad)
            throws IOException {
        parse(in, mapping, TabularReader.DEFAULT_MAX_LINE_CHARS, ok, bad);
    }

    /** As {@link #parse(InputStream, ColumnMapping, Consumer, Consumer)}, with CSV lines of at most {@code maxLineChars}. */
    public static void parse(InputStream in, ColumnMapping mapping, int maxLineChars, Consumer<PupilRow> ok,
                             Consumer<RowError> bad) throws IOException {
        ImportLoop.run(in, mapping, maxLineChars, REQUIRED_COLUMNS, PupilCsvParser::toPupil, ok, bad);
    }

    private static PupilRow toPupil(TabularRow row) {
        RowFields f = new RowFields(row);
        return new PupilRow(row.line(), f.required("school"), f.required("leerling"), f.required("voornaam"),
                f.required("achternaam"), f.date("geboortedatum"), sector(f.required("sector")), f.required("klas"),
                f.optional("mentor"), startQualification(f.required("startkwalificatie")));
    }

    private static Sector sector(String value) {
        try {
            return Sector.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRowException("onbekende sector '" + Echo.of(value) + "'");
        }
    }

    private static boolean startQualification(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "ja" -> true;
            case "nee" -> false;
            default -> throw new InvalidRowException("ongeldige startkwalificatie '" + Echo.of(value) + "' (ja of nee)");
        };
    }
}
