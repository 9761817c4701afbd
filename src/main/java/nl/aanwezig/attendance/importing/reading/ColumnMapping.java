package nl.aanwezig.attendance.importing.reading;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import nl.aanwezig.base.Echo;

/**
 * Which column of a school's export holds which canonical column (see docs/attendance-format.md). A mapping
 * is configuration per source system; canonical columns that are not mapped explicitly keep their own
 * name. Only header names are mapped; translating values is out of scope.
 */
public final class ColumnMapping {

    /** Canonical columns of pupils.csv. */
    public static final List<String> PUPIL_COLUMNS = List.of(
            "school", "leerling", "voornaam", "achternaam", "geboortedatum", "sector", "klas", "mentor", "startkwalificatie");

    /** Canonical columns of registraties.csv. */
    public static final List<String> REGISTRATION_COLUMNS = List.of(
            "school", "leerling", "datum", "start", "eind", "status", "reden", "minuten_te_laat");

    /** Canonical columns of an absence-only export (a school's own codes and lesson hours). */
    public static final List<String> ABSENCE_COLUMNS = List.of(
            "school", "leerling", "datum", "lesuur", "code", "minuten_te_laat");

    /** Canonical columns of a timetable. */
    public static final List<String> TIMETABLE_COLUMNS = List.of(
            "school", "klas", "leerling", "weekdag", "lesuur", "geldig_van", "geldig_tot");

    /** Columns of a school's code list and bell schedule (always canonical: the admin writes them). */
    private static final List<String> SCHOOL_LIST_COLUMNS = List.of(
            "code", "status", "reden", "geoorloofd", "omschrijving", "start", "eind");

    private static final ColumnMapping CANONICAL = new ColumnMapping(Map.of());

    private final Map<String, String> sourceByCanonical;

    private ColumnMapping(Map<String, String> explicit) {
        Map<String, String> all = new LinkedHashMap<>();
        for (String canonical : allCanonicalColumns()) {
            all.put(canonical, explicit.getOrDefault(canonical, canonical));
        }
        this.sourceByCanonical = Map.copyOf(all);
    }

    /** The identity mapping: the file uses the canonical names. */
    public static ColumnMapping canonical() {
        return CANONICAL;
    }

    /**
     * A mapping from canonical column name to source header name.
     *
     * @throws IllegalArgumentException for a key that is not a canonical column or an empty source name
     */
    public static ColumnMapping of(Map<String, String> sourceByCanonical) {
        sourceByCanonical.forEach((canonical, source) -> {
            if (!allCanonicalColumns().contains(canonical)) {
                throw new IllegalArgumentException("onbekende kolom '" + Echo.of(canonical) + "'");
            }
            if (Objects.requireNonNull(source, canonical).isBlank()) {
                throw new IllegalArgumentException("geen bronkolom voor '" + Echo.of(canonical) + "'");
            }
        });
        return new ColumnMapping(sourceByCanonical);
    }

    /**
     * Reads the format written by {@link #toProperties()}: one {@code canonical=source} per line; blank
     * lines and lines starting with {@code #} are ignored. The source name is everything after the first
     * {@code =}, trimmed.
     */
    public static ColumnMapping parse(String properties) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String line : properties.split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            int eq = trimmed.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("regel zonder '=': '" + Echo.of(trimmed) + "'");
            }
            map.put(trimmed.substring(0, eq).strip(), trimmed.substring(eq + 1).strip());
        }
        return of(map);
    }

    /** One {@code canonical=source} line per canonical column, in canonical order; read back by {@link #parse}. */
    public String toProperties() {
        StringBuilder out = new StringBuilder();
        for (String canonical : allCanonicalColumns()) {
            out.append(canonical).append('=').append(sourceByCanonical.get(canonical)).append('\n');
        }
        return out.toString();
    }

    /** The source header name for a canonical column. */
    public String sourceFor(String canonical) {
        String source = sourceByCanonical.get(canonical);
        if (source == null) {
            throw new IllegalArgumentException("onbekende kolom '" + Echo.of(canonical) + "'");
        }
        return source;
    }

    /** All canonical column names of every file, without duplicates, in a stable order. */
    public static List<String> allCanonicalColumns() {
        return Stream.of(PUPIL_COLUMNS, REGISTRATION_COLUMNS, ABSENCE_COLUMNS, TIMETABLE_COLUMNS, SCHOOL_LIST_COLUMNS)
                .flatMap(List::stream).distinct().toList();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ColumnMapping other && sourceByCanonical.equals(other.sourceByCanonical);
    }

    @Override
    public int hashCode() {
        return sourceByCanonical.hashCode();
    }

    @Override
    public String toString() {
        return "ColumnMapping" + sourceByCanonical;
    }
}
